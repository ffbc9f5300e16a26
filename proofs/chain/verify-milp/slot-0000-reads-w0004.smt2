(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_76 () Int)
(declare-fun phase_89 () Int)
(declare-fun phase_90 () Int)
(declare-fun phase_99 () Int)
(declare-fun phase_100 () Int)
(declare-fun phase_102 () Int)
(declare-fun phase_103 () Int)
(declare-fun phase_109 () Int)
(declare-fun phase_110 () Int)
(declare-fun phase_112 () Int)
(declare-fun phase_113 () Int)
(declare-fun phase_118 () Int)
(declare-fun phase_119 () Int)
(declare-fun phase_120 () Int)
(declare-fun phase_122 () Int)
(declare-fun phase_123 () Int)
(declare-fun phase_131 () Int)
(declare-fun phase_132 () Int)
(declare-fun phase_133 () Int)
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_76 34))
(assert
 (= phase_89 38))
(assert
 (= phase_90 38))
(assert
 (= phase_99 38))
(assert
 (= phase_100 38))
(assert
 (= phase_102 42))
(assert
 (= phase_103 42))
(assert
 (= phase_109 38))
(assert
 (= phase_110 38))
(assert
 (= phase_112 42))
(assert
 (= phase_113 42))
(assert
 (= phase_118 36))
(assert
 (= phase_119 38))
(assert
 (= phase_120 38))
(assert
 (= phase_122 42))
(assert
 (= phase_123 42))
(assert
 (= phase_131 40))
(assert
 (= phase_132 42))
(assert
 (= phase_133 42))
(assert
 (let ((?x7845 (+ phase_76 1)))
 (let (($x16350 (> ?x7845 (- 1))))
 (let ((?x73150 (ite $x16350 ?x7845 (- 1))))
 (= window_start_contents (ite (and (and true (<= (- 1) 33)) (< 33 ?x73150)) x_0 0.0))))))
(assert
 (let (($x9328 (and (distinct window_start_contents read_value) true)))
 (let (($x1937 (not (and (and true (> boundary 33)) (<= boundary 41)))))
 (let (($x6178 (or $x1937 $x9328)))
 (let (($x16839 (= read_value x_0)))
 (let (($x958 (and (and (= read_index 93) (not false)) (= boundary (- phase_133 1)))))
 (let (($x24853 (and $x958 $x16839)))
 (let (($x14772 (and (and (= read_index 92) (not false)) (= boundary (- phase_132 1)))))
 (let (($x22728 (and $x14772 $x16839)))
 (let (($x24327 (and (and (= read_index 91) (not false)) (= boundary (- phase_131 1)))))
 (let (($x24760 (and $x24327 $x16839)))
 (let (($x8127 (and (and (= read_index 86) (not false)) (= boundary (- phase_123 1)))))
 (let (($x24328 (and $x8127 $x16839)))
 (let (($x25418 (and (and (= read_index 85) (not false)) (= boundary (- phase_122 1)))))
 (let (($x8212 (and $x25418 $x16839)))
 (let (($x3868 (and (and (= read_index 84) (not false)) (= boundary (- phase_120 1)))))
 (let (($x22606 (and $x3868 $x16839)))
 (let (($x27355 (and (and (= read_index 83) (not false)) (= boundary (- phase_119 1)))))
 (let (($x10250 (and $x27355 $x16839)))
 (let (($x21145 (and (and (= read_index 82) (not false)) (= boundary (- phase_118 1)))))
 (let (($x10828 (and $x21145 $x16839)))
 (let (($x2426 (and (and (= read_index 79) (not false)) (= boundary (- phase_113 1)))))
 (let (($x58379 (and $x2426 $x16839)))
 (let (($x16251 (and (and (= read_index 78) (not false)) (= boundary (- phase_112 1)))))
 (let (($x12598 (and $x16251 $x16839)))
 (let (($x7474 (and (and (= read_index 77) (not false)) (= boundary (- phase_110 1)))))
 (let (($x22199 (and $x7474 $x16839)))
 (let (($x4720 (and (and (= read_index 76) (not false)) (= boundary (- phase_109 1)))))
 (let (($x12215 (and $x4720 $x16839)))
 (let (($x21151 (and (and (= read_index 72) (not false)) (= boundary (- phase_103 1)))))
 (let (($x22884 (and $x21151 $x16839)))
 (let (($x6158 (and (and (= read_index 71) (not false)) (= boundary (- phase_102 1)))))
 (let (($x22242 (and $x6158 $x16839)))
 (let (($x25276 (and (and (= read_index 70) (not false)) (= boundary (- phase_100 1)))))
 (let (($x25069 (and $x25276 $x16839)))
 (let (($x24792 (and (and (= read_index 69) (not false)) (= boundary (- phase_99 1)))))
 (let (($x25212 (and $x24792 $x16839)))
 (let (($x22550 (and (and (= read_index 63) (not false)) (= boundary (- phase_90 1)))))
 (let (($x23351 (and $x22550 $x16839)))
 (let (($x9114 (and (and (= read_index 62) (not false)) (= boundary (- phase_89 1)))))
 (let (($x9956 (and $x9114 $x16839)))
 (let (($x22126 (or $x9956 $x23351 $x25212 $x25069 $x22242 $x22884 $x12215 $x22199 $x12598 $x58379 $x10828 $x10250 $x22606 $x8212 $x24328 $x24760 $x22728 $x24853)))
 (and $x22126 $x6178)))))))))))))))))))))))))))))))))))))))))))
(check-sat)
