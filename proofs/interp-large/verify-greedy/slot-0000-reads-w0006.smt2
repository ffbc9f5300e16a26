(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_81 () Int)
(declare-fun phase_85 () Int)
(declare-fun phase_86 () Int)
(declare-fun phase_121 () Int)
(declare-fun phase_122 () Int)
(declare-fun phase_848 () Int)
(declare-fun phase_849 () Int)
(declare-fun phase_850 () Int)
(declare-fun phase_851 () Int)
(declare-fun phase_852 () Int)
(declare-fun phase_853 () Int)
(declare-fun phase_854 () Int)
(declare-fun phase_855 () Int)
(declare-fun phase_856 () Int)
(declare-fun phase_857 () Int)
(declare-fun phase_858 () Int)
(declare-fun phase_859 () Int)
(declare-fun phase_860 () Int)
(declare-fun phase_861 () Int)
(declare-fun phase_862 () Int)
(declare-fun phase_863 () Int)
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_81 22))
(assert
 (= phase_85 26))
(assert
 (= phase_86 26))
(assert
 (= phase_121 26))
(assert
 (= phase_122 26))
(assert
 (= phase_848 26))
(assert
 (= phase_849 26))
(assert
 (= phase_850 26))
(assert
 (= phase_851 26))
(assert
 (= phase_852 26))
(assert
 (= phase_853 26))
(assert
 (= phase_854 26))
(assert
 (= phase_855 26))
(assert
 (= phase_856 26))
(assert
 (= phase_857 26))
(assert
 (= phase_858 26))
(assert
 (= phase_859 26))
(assert
 (= phase_860 26))
(assert
 (= phase_861 26))
(assert
 (= phase_862 26))
(assert
 (= phase_863 26))
(assert
 (let ((?x5449 (+ phase_81 1)))
 (let (($x187621 (> ?x5449 (- 1))))
 (let ((?x194186 (ite $x187621 ?x5449 (- 1))))
 (= window_start_contents (ite (and (and true (<= (- 1) 21)) (< 21 ?x194186)) x_0 0.0))))))
(assert
 (let (($x199682 (and (distinct window_start_contents read_value) true)))
 (let (($x88568 (not (and (and true (> boundary 21)) (<= boundary 25)))))
 (let (($x134881 (or $x88568 $x199682)))
 (let (($x41424 (= read_value x_0)))
 (let (($x28195 (and (and (= read_index 281) (not false)) (= boundary (- phase_863 1)))))
 (let (($x222957 (and $x28195 $x41424)))
 (let (($x32907 (and (and (= read_index 280) (not false)) (= boundary (- phase_862 1)))))
 (let (($x6032 (and $x32907 $x41424)))
 (let (($x113185 (and (and (= read_index 279) (not false)) (= boundary (- phase_861 1)))))
 (let (($x65698 (and $x113185 $x41424)))
 (let (($x210527 (and (and (= read_index 278) (not false)) (= boundary (- phase_860 1)))))
 (let (($x213607 (and $x210527 $x41424)))
 (let (($x217881 (and (and (= read_index 277) (not false)) (= boundary (- phase_859 1)))))
 (let (($x206093 (and $x217881 $x41424)))
 (let (($x186187 (and (and (= read_index 276) (not false)) (= boundary (- phase_858 1)))))
 (let (($x40516 (and $x186187 $x41424)))
 (let (($x208969 (and (and (= read_index 275) (not false)) (= boundary (- phase_857 1)))))
 (let (($x102276 (and $x208969 $x41424)))
 (let (($x158002 (and (and (= read_index 274) (not false)) (= boundary (- phase_856 1)))))
 (let (($x129957 (and $x158002 $x41424)))
 (let (($x214447 (and (and (= read_index 273) (not false)) (= boundary (- phase_855 1)))))
 (let (($x180930 (and $x214447 $x41424)))
 (let (($x190116 (and (and (= read_index 272) (not false)) (= boundary (- phase_854 1)))))
 (let (($x18428 (and $x190116 $x41424)))
 (let (($x166100 (and (and (= read_index 271) (not false)) (= boundary (- phase_853 1)))))
 (let (($x59558 (and $x166100 $x41424)))
 (let (($x208809 (and (and (= read_index 270) (not false)) (= boundary (- phase_852 1)))))
 (let (($x122534 (and $x208809 $x41424)))
 (let (($x80655 (and (and (= read_index 269) (not false)) (= boundary (- phase_851 1)))))
 (let (($x198003 (and $x80655 $x41424)))
 (let (($x213185 (and (and (= read_index 268) (not false)) (= boundary (- phase_850 1)))))
 (let (($x93515 (and $x213185 $x41424)))
 (let (($x200688 (and (and (= read_index 267) (not false)) (= boundary (- phase_849 1)))))
 (let (($x181126 (and $x200688 $x41424)))
 (let (($x110308 (and (and (= read_index 266) (not false)) (= boundary (- phase_848 1)))))
 (let (($x111074 (and $x110308 $x41424)))
 (let (($x137229 (and (and (= read_index 63) (not false)) (= boundary (- phase_122 1)))))
 (let (($x155099 (and $x137229 $x41424)))
 (let (($x214443 (and (and (= read_index 62) (not false)) (= boundary (- phase_121 1)))))
 (let (($x119284 (and $x214443 $x41424)))
 (let (($x166035 (and (and (= read_index 45) (not false)) (= boundary (- phase_86 1)))))
 (let (($x169858 (and $x166035 $x41424)))
 (let (($x89256 (and (and (= read_index 44) (not false)) (= boundary (- phase_85 1)))))
 (let (($x89988 (and $x89256 $x41424)))
 (let (($x43899 (or $x89988 $x169858 $x119284 $x155099 $x111074 $x181126 $x93515 $x198003 $x122534 $x59558 $x18428 $x180930 $x129957 $x102276 $x40516 $x206093 $x213607 $x65698 $x6032 $x222957)))
 (and $x43899 $x134881)))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
