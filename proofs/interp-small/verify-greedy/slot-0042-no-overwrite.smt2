(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_12 () Int)
(declare-fun phase_48 () Int)
(declare-fun phase_56 () Int)
(declare-fun phase_137 () Int)
(declare-fun phase_153 () Int)
(declare-fun phase_173 () Int)
(declare-fun phase_175 () Int)
(declare-fun phase_181 () Int)
(declare-fun phase_192 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_12 4))
(assert
 (= phase_48 10))
(assert
 (= phase_56 15))
(assert
 (= phase_137 20))
(assert
 (= phase_153 18))
(assert
 (= phase_173 10))
(assert
 (= phase_175 22))
(assert
 (= phase_181 35))
(assert
 (= phase_192 21))
(assert
 (let (($x21326 (> boundary 35)))
 (let ((?x33599 (ite $x21326 (- 1.0) 0.0)))
 (let (($x28052 (> boundary 23)))
 (let ((?x5560 (ite $x28052 1.0 0.0)))
 (let (($x1150 (= value_index 2)))
 (let (($x21496 (and (and $x1150 (and (distinct (+ ?x5560 ?x33599) 0.0) true)) (> (ite (> phase_181 phase_175) phase_181 phase_175) boundary))))
 (let (($x7991 (> phase_137 phase_56)))
 (let ((?x459 (ite $x7991 phase_137 phase_56)))
 (let (($x19719 (> phase_153 ?x459)))
 (let ((?x14820 (ite $x19719 phase_153 ?x459)))
 (let (($x9337 (> phase_192 ?x14820)))
 (let ((?x18010 (ite $x9337 phase_192 ?x14820)))
 (let ((?x40338 (+ (ite (> boundary 15) 1.0 0.0) (ite (> boundary 21) (- 1.0) 0.0))))
 (let (($x10788 (= value_index 1)))
 (let (($x1485 (> phase_48 phase_12)))
 (let ((?x1617 (ite $x1485 phase_48 phase_12)))
 (let (($x1590 (> phase_173 ?x1617)))
 (let ((?x1562 (ite $x1590 phase_173 ?x1617)))
 (let ((?x32754 (+ (ite (> boundary 5) 1.0 0.0) (ite (> boundary 11) (- 1.0) 0.0))))
 (let (($x10261 (= value_index 0)))
 (let (($x21352 (or (and (and $x10261 (and (distinct ?x32754 0.0) true)) (> ?x1562 boundary)) (and (and $x10788 (and (distinct ?x40338 0.0) true)) (> ?x18010 boundary)) $x21496)))
 (let (($x34288 (= boundary 35)))
 (let (($x6007 (= boundary 5)))
 (let (($x21701 (or $x6007 (= boundary 11) (= boundary 15) (= boundary 21) (= boundary 23) $x34288)))
 (and $x21701 $x21352))))))))))))))))))))))))))
(check-sat)
