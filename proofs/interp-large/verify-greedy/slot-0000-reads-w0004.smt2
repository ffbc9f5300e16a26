(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_73 () Int)
(declare-fun phase_77 () Int)
(declare-fun phase_78 () Int)
(declare-fun phase_113 () Int)
(declare-fun phase_114 () Int)
(declare-fun phase_425 () Int)
(declare-fun phase_426 () Int)
(declare-fun phase_427 () Int)
(declare-fun phase_428 () Int)
(declare-fun phase_429 () Int)
(declare-fun phase_430 () Int)
(declare-fun phase_431 () Int)
(declare-fun phase_432 () Int)
(declare-fun phase_549 () Int)
(declare-fun phase_550 () Int)
(declare-fun phase_551 () Int)
(declare-fun phase_552 () Int)
(declare-fun phase_553 () Int)
(declare-fun phase_554 () Int)
(declare-fun phase_555 () Int)
(declare-fun phase_556 () Int)
(declare-fun phase_701 () Int)
(declare-fun phase_702 () Int)
(declare-fun phase_703 () Int)
(declare-fun phase_704 () Int)
(declare-fun phase_705 () Int)
(declare-fun phase_706 () Int)
(declare-fun phase_707 () Int)
(declare-fun phase_708 () Int)
(declare-fun phase_824 () Int)
(declare-fun phase_825 () Int)
(declare-fun phase_826 () Int)
(declare-fun phase_827 () Int)
(declare-fun phase_828 () Int)
(declare-fun phase_829 () Int)
(declare-fun phase_830 () Int)
(declare-fun phase_831 () Int)
(declare-fun phase_943 () Int)
(declare-fun phase_945 () Int)
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_73 14))
(assert
 (= phase_77 18))
(assert
 (= phase_78 18))
(assert
 (= phase_113 18))
(assert
 (= phase_114 18))
(assert
 (= phase_425 20))
(assert
 (= phase_426 20))
(assert
 (= phase_427 20))
(assert
 (= phase_428 20))
(assert
 (= phase_429 20))
(assert
 (= phase_430 20))
(assert
 (= phase_431 20))
(assert
 (= phase_432 20))
(assert
 (= phase_549 20))
(assert
 (= phase_550 20))
(assert
 (= phase_551 20))
(assert
 (= phase_552 20))
(assert
 (= phase_553 20))
(assert
 (= phase_554 20))
(assert
 (= phase_555 20))
(assert
 (= phase_556 20))
(assert
 (= phase_701 20))
(assert
 (= phase_702 20))
(assert
 (= phase_703 20))
(assert
 (= phase_704 20))
(assert
 (= phase_705 20))
(assert
 (= phase_706 20))
(assert
 (= phase_707 20))
(assert
 (= phase_708 20))
(assert
 (= phase_824 18))
(assert
 (= phase_825 18))
(assert
 (= phase_826 18))
(assert
 (= phase_827 18))
(assert
 (= phase_828 18))
(assert
 (= phase_829 18))
(assert
 (= phase_830 18))
(assert
 (= phase_831 18))
(assert
 (= phase_943 20))
(assert
 (= phase_945 18))
(assert
 (let ((?x5468 (+ phase_73 1)))
 (let (($x75076 (> ?x5468 (- 1))))
 (let ((?x198388 (ite $x75076 ?x5468 (- 1))))
 (= window_start_contents (ite (and (and true (<= (- 1) 13)) (< 13 ?x198388)) x_0 0.0))))))
(assert
 (let (($x199682 (and (distinct window_start_contents read_value) true)))
 (let (($x146507 (not (and (and true (> boundary 13)) (<= boundary 19)))))
 (let (($x147860 (or $x146507 $x199682)))
 (let (($x41424 (= read_value x_0)))
 (let (($x9546 (and (and (= read_index 355) (not false)) (= boundary (- phase_945 1)))))
 (let (($x167809 (and $x9546 $x41424)))
 (let (($x23279 (and (and (= read_index 354) (not false)) (= boundary (- phase_943 1)))))
 (let (($x9070 (and $x23279 $x41424)))
 (let (($x39104 (and (and (= read_index 253) (not false)) (= boundary (- phase_831 1)))))
 (let (($x147869 (and $x39104 $x41424)))
 (let (($x26299 (and (and (= read_index 252) (not false)) (= boundary (- phase_830 1)))))
 (let (($x101249 (and $x26299 $x41424)))
 (let (($x206019 (and (and (= read_index 251) (not false)) (= boundary (- phase_829 1)))))
 (let (($x24009 (and $x206019 $x41424)))
 (let (($x137312 (and (and (= read_index 250) (not false)) (= boundary (- phase_828 1)))))
 (let (($x24458 (and $x137312 $x41424)))
 (let (($x27398 (and (and (= read_index 249) (not false)) (= boundary (- phase_827 1)))))
 (let (($x40200 (and $x27398 $x41424)))
 (let (($x10234 (and (and (= read_index 248) (not false)) (= boundary (- phase_826 1)))))
 (let (($x92991 (and $x10234 $x41424)))
 (let (($x155614 (and (and (= read_index 247) (not false)) (= boundary (- phase_825 1)))))
 (let (($x9579 (and $x155614 $x41424)))
 (let (($x40475 (and (and (= read_index 246) (not false)) (= boundary (- phase_824 1)))))
 (let (($x75941 (and $x40475 $x41424)))
 (let (($x161628 (and (and (= read_index 205) (not false)) (= boundary (- phase_708 1)))))
 (let (($x28042 (and $x161628 $x41424)))
 (let (($x63103 (and (and (= read_index 204) (not false)) (= boundary (- phase_707 1)))))
 (let (($x190125 (and $x63103 $x41424)))
 (let (($x225532 (and (and (= read_index 203) (not false)) (= boundary (- phase_706 1)))))
 (let (($x128143 (and $x225532 $x41424)))
 (let (($x10559 (and (and (= read_index 202) (not false)) (= boundary (- phase_705 1)))))
 (let (($x22592 (and $x10559 $x41424)))
 (let (($x140835 (and (and (= read_index 201) (not false)) (= boundary (- phase_704 1)))))
 (let (($x140904 (and $x140835 $x41424)))
 (let (($x98319 (and (and (= read_index 200) (not false)) (= boundary (- phase_703 1)))))
 (let (($x221093 (and $x98319 $x41424)))
 (let (($x78025 (and (and (= read_index 199) (not false)) (= boundary (- phase_702 1)))))
 (let (($x161492 (and $x78025 $x41424)))
 (let (($x174090 (and (and (= read_index 198) (not false)) (= boundary (- phase_701 1)))))
 (let (($x81367 (and $x174090 $x41424)))
 (let (($x123311 (and (and (= read_index 197) (not false)) (= boundary (- phase_556 1)))))
 (let (($x213390 (and $x123311 $x41424)))
 (let (($x15492 (and (and (= read_index 196) (not false)) (= boundary (- phase_555 1)))))
 (let (($x136334 (and $x15492 $x41424)))
 (let (($x131279 (and (and (= read_index 195) (not false)) (= boundary (- phase_554 1)))))
 (let (($x46977 (and $x131279 $x41424)))
 (let (($x99184 (and (and (= read_index 194) (not false)) (= boundary (- phase_553 1)))))
 (let (($x194250 (and $x99184 $x41424)))
 (let (($x188932 (and (and (= read_index 193) (not false)) (= boundary (- phase_552 1)))))
 (let (($x182190 (and $x188932 $x41424)))
 (let (($x161995 (and (and (= read_index 192) (not false)) (= boundary (- phase_551 1)))))
 (let (($x216671 (and $x161995 $x41424)))
 (let (($x72329 (and (and (= read_index 191) (not false)) (= boundary (- phase_550 1)))))
 (let (($x50926 (and $x72329 $x41424)))
 (let (($x96153 (and (and (= read_index 190) (not false)) (= boundary (- phase_549 1)))))
 (let (($x143912 (and $x96153 $x41424)))
 (let (($x25377 (and (and (= read_index 189) (not false)) (= boundary (- phase_432 1)))))
 (let (($x161059 (and $x25377 $x41424)))
 (let (($x68562 (and (and (= read_index 188) (not false)) (= boundary (- phase_431 1)))))
 (let (($x215823 (and $x68562 $x41424)))
 (let (($x162014 (and (and (= read_index 187) (not false)) (= boundary (- phase_430 1)))))
 (let (($x9122 (and $x162014 $x41424)))
 (let (($x23060 (and (and (= read_index 186) (not false)) (= boundary (- phase_429 1)))))
 (let (($x97127 (and $x23060 $x41424)))
 (let (($x187273 (and (and (= read_index 185) (not false)) (= boundary (- phase_428 1)))))
 (let (($x187693 (and $x187273 $x41424)))
 (let (($x158224 (and (and (= read_index 184) (not false)) (= boundary (- phase_427 1)))))
 (let (($x172066 (and $x158224 $x41424)))
 (let (($x144725 (and (and (= read_index 183) (not false)) (= boundary (- phase_426 1)))))
 (let (($x146058 (and $x144725 $x41424)))
 (let (($x113752 (and (and (= read_index 182) (not false)) (= boundary (- phase_425 1)))))
 (let (($x114450 (and $x113752 $x41424)))
 (let (($x102290 (and (and (= read_index 59) (not false)) (= boundary (- phase_114 1)))))
 (let (($x103454 (and $x102290 $x41424)))
 (let (($x72205 (and (and (= read_index 58) (not false)) (= boundary (- phase_113 1)))))
 (let (($x72218 (and $x72205 $x41424)))
 (let (($x39112 (and (and (= read_index 41) (not false)) (= boundary (- phase_78 1)))))
 (let (($x46633 (and $x39112 $x41424)))
 (let (($x21528 (and (and (= read_index 40) (not false)) (= boundary (- phase_77 1)))))
 (let (($x23274 (and $x21528 $x41424)))
 (let (($x147867 (or $x23274 $x46633 $x72218 $x103454 $x114450 $x146058 $x172066 $x187693 $x97127 $x9122 $x215823 $x161059 $x143912 $x50926 $x216671 $x182190 $x194250 $x46977 $x136334 $x213390 $x81367 $x161492 $x221093 $x140904 $x22592 $x128143 $x190125 $x28042 $x75941 $x9579 $x92991 $x40200 $x24458 $x24009 $x101249 $x147869 $x9070 $x167809)))
 (and $x147867 $x147860)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
