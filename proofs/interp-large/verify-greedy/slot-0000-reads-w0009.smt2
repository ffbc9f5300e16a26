(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_93 () Int)
(declare-fun phase_97 () Int)
(declare-fun phase_98 () Int)
(declare-fun phase_133 () Int)
(declare-fun phase_134 () Int)
(declare-fun phase_914 () Int)
(declare-fun phase_915 () Int)
(declare-fun phase_916 () Int)
(declare-fun phase_917 () Int)
(declare-fun phase_918 () Int)
(declare-fun phase_919 () Int)
(declare-fun phase_920 () Int)
(declare-fun phase_921 () Int)
(declare-fun phase_922 () Int)
(declare-fun phase_923 () Int)
(declare-fun phase_924 () Int)
(declare-fun phase_925 () Int)
(declare-fun phase_926 () Int)
(declare-fun phase_927 () Int)
(declare-fun phase_928 () Int)
(declare-fun phase_929 () Int)
(declare-fun phase_930 () Int)
(declare-fun phase_931 () Int)
(declare-fun phase_932 () Int)
(declare-fun phase_933 () Int)
(declare-fun phase_934 () Int)
(declare-fun phase_935 () Int)
(declare-fun phase_936 () Int)
(declare-fun phase_937 () Int)
(declare-fun phase_938 () Int)
(declare-fun phase_939 () Int)
(declare-fun phase_940 () Int)
(declare-fun phase_941 () Int)
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_93 34))
(assert
 (= phase_97 38))
(assert
 (= phase_98 38))
(assert
 (= phase_133 38))
(assert
 (= phase_134 38))
(assert
 (= phase_914 38))
(assert
 (= phase_915 38))
(assert
 (= phase_916 38))
(assert
 (= phase_917 38))
(assert
 (= phase_918 38))
(assert
 (= phase_919 38))
(assert
 (= phase_920 38))
(assert
 (= phase_921 38))
(assert
 (= phase_922 38))
(assert
 (= phase_923 38))
(assert
 (= phase_924 38))
(assert
 (= phase_925 38))
(assert
 (= phase_926 38))
(assert
 (= phase_927 38))
(assert
 (= phase_928 38))
(assert
 (= phase_929 38))
(assert
 (= phase_930 38))
(assert
 (= phase_931 38))
(assert
 (= phase_932 38))
(assert
 (= phase_933 38))
(assert
 (= phase_934 38))
(assert
 (= phase_935 38))
(assert
 (= phase_936 38))
(assert
 (= phase_937 38))
(assert
 (= phase_938 38))
(assert
 (= phase_939 38))
(assert
 (= phase_940 38))
(assert
 (= phase_941 38))
(assert
 (let ((?x5427 (+ phase_93 1)))
 (let (($x117118 (> ?x5427 (- 1))))
 (let ((?x176219 (ite $x117118 ?x5427 (- 1))))
 (= window_start_contents (ite (and (and true (<= (- 1) 33)) (< 33 ?x176219)) x_0 0.0))))))
(assert
 (let (($x199682 (and (distinct window_start_contents read_value) true)))
 (let (($x184513 (not (and (and true (> boundary 33)) (<= boundary 37)))))
 (let (($x50578 (or $x184513 $x199682)))
 (let (($x41424 (= read_value x_0)))
 (let (($x17091 (and (and (= read_index 353) (not false)) (= boundary (- phase_941 1)))))
 (let (($x193796 (and $x17091 $x41424)))
 (let (($x104793 (and (and (= read_index 352) (not false)) (= boundary (- phase_940 1)))))
 (let (($x166005 (and $x104793 $x41424)))
 (let (($x27969 (and (and (= read_index 351) (not false)) (= boundary (- phase_939 1)))))
 (let (($x139396 (and $x27969 $x41424)))
 (let (($x40350 (and (and (= read_index 350) (not false)) (= boundary (- phase_938 1)))))
 (let (($x155151 (and $x40350 $x41424)))
 (let (($x104959 (and (and (= read_index 349) (not false)) (= boundary (- phase_937 1)))))
 (let (($x37546 (and $x104959 $x41424)))
 (let (($x228001 (and (and (= read_index 348) (not false)) (= boundary (- phase_936 1)))))
 (let (($x182375 (and $x228001 $x41424)))
 (let (($x126305 (and (and (= read_index 347) (not false)) (= boundary (- phase_935 1)))))
 (let (($x71740 (and $x126305 $x41424)))
 (let (($x171299 (and (and (= read_index 346) (not false)) (= boundary (- phase_934 1)))))
 (let (($x174994 (and $x171299 $x41424)))
 (let (($x69155 (and (and (= read_index 345) (not false)) (= boundary (- phase_933 1)))))
 (let (($x83465 (and $x69155 $x41424)))
 (let (($x103035 (and (and (= read_index 344) (not false)) (= boundary (- phase_932 1)))))
 (let (($x203855 (and $x103035 $x41424)))
 (let (($x135434 (and (and (= read_index 343) (not false)) (= boundary (- phase_931 1)))))
 (let (($x5590 (and $x135434 $x41424)))
 (let (($x225513 (and (and (= read_index 342) (not false)) (= boundary (- phase_930 1)))))
 (let (($x206101 (and $x225513 $x41424)))
 (let (($x119292 (and (and (= read_index 341) (not false)) (= boundary (- phase_929 1)))))
 (let (($x221906 (and $x119292 $x41424)))
 (let (($x85163 (and (and (= read_index 340) (not false)) (= boundary (- phase_928 1)))))
 (let (($x238473 (and $x85163 $x41424)))
 (let (($x186150 (and (and (= read_index 339) (not false)) (= boundary (- phase_927 1)))))
 (let (($x115777 (and $x186150 $x41424)))
 (let (($x18580 (and (and (= read_index 338) (not false)) (= boundary (- phase_926 1)))))
 (let (($x113094 (and $x18580 $x41424)))
 (let (($x147264 (and (and (= read_index 337) (not false)) (= boundary (- phase_925 1)))))
 (let (($x147390 (and $x147264 $x41424)))
 (let (($x222952 (and (and (= read_index 336) (not false)) (= boundary (- phase_924 1)))))
 (let (($x223581 (and $x222952 $x41424)))
 (let (($x184389 (and (and (= read_index 335) (not false)) (= boundary (- phase_923 1)))))
 (let (($x104966 (and $x184389 $x41424)))
 (let (($x114623 (and (and (= read_index 334) (not false)) (= boundary (- phase_922 1)))))
 (let (($x174292 (and $x114623 $x41424)))
 (let (($x22609 (and (and (= read_index 333) (not false)) (= boundary (- phase_921 1)))))
 (let (($x63370 (and $x22609 $x41424)))
 (let (($x158937 (and (and (= read_index 332) (not false)) (= boundary (- phase_920 1)))))
 (let (($x173410 (and $x158937 $x41424)))
 (let (($x164077 (and (and (= read_index 331) (not false)) (= boundary (- phase_919 1)))))
 (let (($x93553 (and $x164077 $x41424)))
 (let (($x104960 (and (and (= read_index 330) (not false)) (= boundary (- phase_918 1)))))
 (let (($x156874 (and $x104960 $x41424)))
 (let (($x194107 (and (and (= read_index 329) (not false)) (= boundary (- phase_917 1)))))
 (let (($x217173 (and $x194107 $x41424)))
 (let (($x137341 (and (and (= read_index 328) (not false)) (= boundary (- phase_916 1)))))
 (let (($x118246 (and $x137341 $x41424)))
 (let (($x181013 (and (and (= read_index 327) (not false)) (= boundary (- phase_915 1)))))
 (let (($x5507 (and $x181013 $x41424)))
 (let (($x169975 (and (and (= read_index 326) (not false)) (= boundary (- phase_914 1)))))
 (let (($x147861 (and $x169975 $x41424)))
 (let (($x174409 (and (and (= read_index 69) (not false)) (= boundary (- phase_134 1)))))
 (let (($x175043 (and $x174409 $x41424)))
 (let (($x139357 (and (and (= read_index 68) (not false)) (= boundary (- phase_133 1)))))
 (let (($x141620 (and $x139357 $x41424)))
 (let (($x80585 (and (and (= read_index 51) (not false)) (= boundary (- phase_98 1)))))
 (let (($x109063 (and $x80585 $x41424)))
 (let (($x44283 (and (and (= read_index 50) (not false)) (= boundary (- phase_97 1)))))
 (let (($x46367 (and $x44283 $x41424)))
 (let (($x206078 (or $x46367 $x109063 $x141620 $x175043 $x147861 $x5507 $x118246 $x217173 $x156874 $x93553 $x173410 $x63370 $x174292 $x104966 $x223581 $x147390 $x113094 $x115777 $x238473 $x221906 $x206101 $x5590 $x203855 $x83465 $x174994 $x71740 $x182375 $x37546 $x155151 $x139396 $x166005 $x193796)))
 (and $x206078 $x50578)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
