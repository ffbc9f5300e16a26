(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_12 () Int)
(declare-fun phase_51 () Int)
(declare-fun phase_75 () Int)
(declare-fun phase_77 () Int)
(declare-fun phase_78 () Int)
(declare-fun phase_80 () Int)
(declare-fun phase_182 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_12 4))
(assert
 (= phase_51 10))
(assert
 (= phase_75 15))
(assert
 (= phase_77 18))
(assert
 (= phase_78 18))
(assert
 (= phase_80 19))
(assert
 (= phase_182 10))
(assert
 (let (($x1150 (= value_index 2)))
 (let (($x26279 (and (and $x1150 (and (distinct (ite (> boundary 21) 1.0 0.0) 0.0) true)) true)))
 (let (($x4097 (> phase_77 phase_75)))
 (let ((?x10045 (ite $x4097 phase_77 phase_75)))
 (let (($x17378 (> phase_78 ?x10045)))
 (let ((?x13320 (ite $x17378 phase_78 ?x10045)))
 (let (($x31129 (> phase_80 ?x13320)))
 (let ((?x14822 (ite $x31129 phase_80 ?x13320)))
 (let ((?x20063 (+ (ite (> boundary 15) 1.0 0.0) (ite (> boundary 19) (- 1.0) 0.0))))
 (let (($x10788 (= value_index 1)))
 (let (($x982 (> phase_51 phase_12)))
 (let ((?x2928 (ite $x982 phase_51 phase_12)))
 (let (($x17351 (> phase_182 ?x2928)))
 (let ((?x1723 (ite $x17351 phase_182 ?x2928)))
 (let ((?x15719 (+ (ite (> boundary 5) 1.0 0.0) (ite (> boundary 11) (- 1.0) 0.0))))
 (let (($x10261 (= value_index 0)))
 (let (($x10028 (or (and (and $x10261 (and (distinct ?x15719 0.0) true)) (> ?x1723 boundary)) (and (and $x10788 (and (distinct ?x20063 0.0) true)) (> ?x14822 boundary)) $x26279)))
 (let (($x6007 (= boundary 5)))
 (let (($x4904 (or $x6007 (= boundary 11) (= boundary 15) (= boundary 19) (= boundary 21))))
 (and $x4904 $x10028)))))))))))))))))))))
(check-sat)
