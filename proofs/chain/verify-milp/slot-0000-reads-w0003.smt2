(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_50 () Int)
(declare-fun phase_63 () Int)
(declare-fun phase_64 () Int)
(declare-fun phase_73 () Int)
(declare-fun phase_74 () Int)
(declare-fun phase_76 () Int)
(declare-fun phase_77 () Int)
(declare-fun phase_83 () Int)
(declare-fun phase_84 () Int)
(declare-fun phase_86 () Int)
(declare-fun phase_87 () Int)
(declare-fun phase_92 () Int)
(declare-fun phase_93 () Int)
(declare-fun phase_94 () Int)
(declare-fun phase_96 () Int)
(declare-fun phase_97 () Int)
(declare-fun phase_105 () Int)
(declare-fun phase_106 () Int)
(declare-fun phase_107 () Int)
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_50 26))
(assert
 (= phase_63 30))
(assert
 (= phase_64 30))
(assert
 (= phase_73 30))
(assert
 (= phase_74 30))
(assert
 (= phase_76 34))
(assert
 (= phase_77 34))
(assert
 (= phase_83 30))
(assert
 (= phase_84 30))
(assert
 (= phase_86 34))
(assert
 (= phase_87 34))
(assert
 (= phase_92 28))
(assert
 (= phase_93 30))
(assert
 (= phase_94 30))
(assert
 (= phase_96 34))
(assert
 (= phase_97 34))
(assert
 (= phase_105 32))
(assert
 (= phase_106 34))
(assert
 (= phase_107 34))
(assert
 (let ((?x15223 (+ phase_50 1)))
 (let (($x3649 (> ?x15223 (- 1))))
 (let ((?x4761 (ite $x3649 ?x15223 (- 1))))
 (= window_start_contents (ite (and (and true (<= (- 1) 25)) (< 25 ?x4761)) x_0 0.0))))))
(assert
 (let (($x9328 (and (distinct window_start_contents read_value) true)))
 (let (($x23993 (not (and (and true (> boundary 25)) (<= boundary 33)))))
 (let (($x24524 (or $x23993 $x9328)))
 (let (($x16839 (= read_value x_0)))
 (let (($x22831 (and (and (= read_index 75) (not false)) (= boundary (- phase_107 1)))))
 (let (($x23525 (and $x22831 $x16839)))
 (let (($x25054 (and (and (= read_index 74) (not false)) (= boundary (- phase_106 1)))))
 (let (($x25366 (and $x25054 $x16839)))
 (let (($x13536 (and (and (= read_index 73) (not false)) (= boundary (- phase_105 1)))))
 (let (($x24245 (and $x13536 $x16839)))
 (let (($x24076 (and (and (= read_index 68) (not false)) (= boundary (- phase_97 1)))))
 (let (($x24675 (and $x24076 $x16839)))
 (let (($x24896 (and (and (= read_index 67) (not false)) (= boundary (- phase_96 1)))))
 (let (($x57444 (and $x24896 $x16839)))
 (let (($x22664 (and (and (= read_index 66) (not false)) (= boundary (- phase_94 1)))))
 (let (($x25022 (and $x22664 $x16839)))
 (let (($x23463 (and (and (= read_index 65) (not false)) (= boundary (- phase_93 1)))))
 (let (($x24529 (and $x23463 $x16839)))
 (let (($x22044 (and (and (= read_index 64) (not false)) (= boundary (- phase_92 1)))))
 (let (($x16271 (and $x22044 $x16839)))
 (let (($x25277 (and (and (= read_index 61) (not false)) (= boundary (- phase_87 1)))))
 (let (($x25211 (and $x25277 $x16839)))
 (let (($x24013 (and (and (= read_index 60) (not false)) (= boundary (- phase_86 1)))))
 (let (($x25431 (and $x24013 $x16839)))
 (let (($x23103 (and (and (= read_index 59) (not false)) (= boundary (- phase_84 1)))))
 (let (($x3207 (and $x23103 $x16839)))
 (let (($x26064 (and (and (= read_index 58) (not false)) (= boundary (- phase_83 1)))))
 (let (($x21955 (and $x26064 $x16839)))
 (let (($x25030 (and (and (= read_index 54) (not false)) (= boundary (- phase_77 1)))))
 (let (($x25920 (and $x25030 $x16839)))
 (let (($x23813 (and (and (= read_index 53) (not false)) (= boundary (- phase_76 1)))))
 (let (($x14183 (and $x23813 $x16839)))
 (let (($x24278 (and (and (= read_index 52) (not false)) (= boundary (- phase_74 1)))))
 (let (($x24273 (and $x24278 $x16839)))
 (let (($x25307 (and (and (= read_index 51) (not false)) (= boundary (- phase_73 1)))))
 (let (($x26237 (and $x25307 $x16839)))
 (let (($x22593 (and (and (= read_index 45) (not false)) (= boundary (- phase_64 1)))))
 (let (($x22610 (and $x22593 $x16839)))
 (let (($x15222 (and (and (= read_index 44) (not false)) (= boundary (- phase_63 1)))))
 (let (($x15997 (and $x15222 $x16839)))
 (let (($x9184 (or $x15997 $x22610 $x26237 $x24273 $x14183 $x25920 $x21955 $x3207 $x25431 $x25211 $x16271 $x24529 $x25022 $x57444 $x24675 $x24245 $x25366 $x23525)))
 (and $x9184 $x24524)))))))))))))))))))))))))))))))))))))))))))
(check-sat)
