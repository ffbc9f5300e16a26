(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_37 () Int)
(declare-fun phase_50 () Int)
(declare-fun phase_51 () Int)
(declare-fun phase_60 () Int)
(declare-fun phase_61 () Int)
(declare-fun phase_63 () Int)
(declare-fun phase_64 () Int)
(declare-fun phase_70 () Int)
(declare-fun phase_71 () Int)
(declare-fun phase_73 () Int)
(declare-fun phase_74 () Int)
(declare-fun phase_80 () Int)
(declare-fun phase_81 () Int)
(declare-fun phase_83 () Int)
(declare-fun phase_84 () Int)
(declare-fun phase_93 () Int)
(declare-fun phase_94 () Int)
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_37 22))
(assert
 (= phase_50 26))
(assert
 (= phase_51 26))
(assert
 (= phase_60 26))
(assert
 (= phase_61 26))
(assert
 (= phase_63 30))
(assert
 (= phase_64 30))
(assert
 (= phase_70 26))
(assert
 (= phase_71 26))
(assert
 (= phase_73 30))
(assert
 (= phase_74 30))
(assert
 (= phase_80 26))
(assert
 (= phase_81 26))
(assert
 (= phase_83 30))
(assert
 (= phase_84 30))
(assert
 (= phase_93 30))
(assert
 (= phase_94 30))
(assert
 (let ((?x14544 (+ phase_37 1)))
 (let (($x4113 (> ?x14544 (- 1))))
 (let ((?x4624 (ite $x4113 ?x14544 (- 1))))
 (= window_start_contents (ite (and (and true (<= (- 1) 21)) (< 21 ?x4624)) x_0 0.0))))))
(assert
 (let (($x22735 (and (distinct window_start_contents read_value) true)))
 (let (($x2110 (not (and (and true (> boundary 21)) (<= boundary 29)))))
 (let (($x11908 (or $x2110 $x22735)))
 (let (($x2131 (= read_value x_0)))
 (let (($x2381 (and (and (= read_index 66) (not false)) (= boundary (- phase_94 1)))))
 (let (($x22573 (and $x2381 $x2131)))
 (let (($x6013 (and (and (= read_index 65) (not false)) (= boundary (- phase_93 1)))))
 (let (($x26115 (and $x6013 $x2131)))
 (let (($x27020 (and (and (= read_index 59) (not false)) (= boundary (- phase_84 1)))))
 (let (($x24487 (and $x27020 $x2131)))
 (let (($x6016 (and (and (= read_index 58) (not false)) (= boundary (- phase_83 1)))))
 (let (($x22183 (and $x6016 $x2131)))
 (let (($x27035 (and (and (= read_index 57) (not false)) (= boundary (- phase_81 1)))))
 (let (($x23320 (and $x27035 $x2131)))
 (let (($x6627 (and (and (= read_index 56) (not false)) (= boundary (- phase_80 1)))))
 (let (($x27079 (and $x6627 $x2131)))
 (let (($x8378 (and (and (= read_index 52) (not false)) (= boundary (- phase_74 1)))))
 (let (($x70867 (and $x8378 $x2131)))
 (let (($x24922 (and (and (= read_index 51) (not false)) (= boundary (- phase_73 1)))))
 (let (($x22657 (and $x24922 $x2131)))
 (let (($x56624 (and (and (= read_index 50) (not false)) (= boundary (- phase_71 1)))))
 (let (($x13728 (and $x56624 $x2131)))
 (let (($x27583 (and (and (= read_index 49) (not false)) (= boundary (- phase_70 1)))))
 (let (($x27995 (and $x27583 $x2131)))
 (let (($x8655 (and (and (= read_index 45) (not false)) (= boundary (- phase_64 1)))))
 (let (($x13250 (and $x8655 $x2131)))
 (let (($x22427 (and (and (= read_index 44) (not false)) (= boundary (- phase_63 1)))))
 (let (($x7086 (and $x22427 $x2131)))
 (let (($x23090 (and (and (= read_index 43) (not false)) (= boundary (- phase_61 1)))))
 (let (($x28003 (and $x23090 $x2131)))
 (let (($x26503 (and (and (= read_index 42) (not false)) (= boundary (- phase_60 1)))))
 (let (($x27137 (and $x26503 $x2131)))
 (let (($x23571 (and (and (= read_index 36) (not false)) (= boundary (- phase_51 1)))))
 (let (($x23714 (and $x23571 $x2131)))
 (let (($x9166 (and (and (= read_index 35) (not false)) (= boundary (- phase_50 1)))))
 (let (($x11607 (and $x9166 $x2131)))
 (let (($x22960 (or $x11607 $x23714 $x27137 $x28003 $x7086 $x13250 $x27995 $x13728 $x22657 $x70867 $x27079 $x23320 $x22183 $x24487 $x26115 $x22573)))
 (and $x22960 $x11908)))))))))))))))))))))))))))))))))))))))
(check-sat)
