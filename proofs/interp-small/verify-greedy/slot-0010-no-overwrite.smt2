(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_12 () Int)
(declare-fun phase_19 () Int)
(declare-fun phase_42 () Int)
(declare-fun phase_45 () Int)
(declare-fun phase_48 () Int)
(declare-fun phase_51 () Int)
(declare-fun phase_68 () Int)
(declare-fun phase_155 () Int)
(declare-fun phase_167 () Int)
(declare-fun phase_176 () Int)
(declare-fun phase_183 () Int)
(declare-fun phase_185 () Int)
(declare-fun phase_191 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_12 4))
(assert
 (= phase_19 6))
(assert
 (= phase_42 10))
(assert
 (= phase_45 10))
(assert
 (= phase_48 10))
(assert
 (= phase_51 10))
(assert
 (= phase_68 27))
(assert
 (= phase_155 22))
(assert
 (= phase_167 22))
(assert
 (= phase_176 22))
(assert
 (= phase_183 30))
(assert
 (= phase_185 22))
(assert
 (= phase_191 7))
(assert
 (let (($x476 (= value_index 3)))
 (let (($x4700 (and (and $x476 (and (distinct (ite (> boundary 35) 1.0 0.0) 0.0) true)) true)))
 (let ((?x57086 (+ (ite (> boundary 27) 1.0 0.0) (ite (> boundary 31) (- 1.0) 0.0))))
 (let (($x1150 (= value_index 2)))
 (let (($x7460 (and (and $x1150 (and (distinct ?x57086 0.0) true)) (> (ite (> phase_183 phase_68) phase_183 phase_68) boundary))))
 (let (($x14875 (> phase_42 phase_19)))
 (let ((?x19274 (ite $x14875 phase_42 phase_19)))
 (let (($x17168 (> phase_45 ?x19274)))
 (let ((?x9559 (ite $x17168 phase_45 ?x19274)))
 (let (($x11159 (> phase_48 ?x9559)))
 (let ((?x10359 (ite $x11159 phase_48 ?x9559)))
 (let (($x11421 (> phase_51 ?x10359)))
 (let ((?x5085 (ite $x11421 phase_51 ?x10359)))
 (let (($x31111 (> phase_155 ?x5085)))
 (let ((?x8387 (ite $x31111 phase_155 ?x5085)))
 (let (($x10683 (> phase_167 ?x8387)))
 (let ((?x13396 (ite $x10683 phase_167 ?x8387)))
 (let (($x14879 (> phase_176 ?x13396)))
 (let ((?x10671 (ite $x14879 phase_176 ?x13396)))
 (let (($x3820 (> phase_185 ?x10671)))
 (let ((?x30033 (ite $x3820 phase_185 ?x10671)))
 (let (($x13066 (> phase_191 ?x30033)))
 (let ((?x9867 (ite $x13066 phase_191 ?x30033)))
 (let ((?x58451 (+ (ite (> boundary 7) 1.0 0.0) (ite (> boundary 23) (- 1.0) 0.0))))
 (let (($x10788 (= value_index 1)))
 (let ((?x21687 (+ (ite (> boundary (- 1)) 1.0 0.0) (ite (> boundary 5) (- 1.0) 0.0))))
 (let (($x10261 (= value_index 0)))
 (let (($x28424 (and (and $x10261 (and (distinct ?x21687 0.0) true)) (> (ite (> phase_12 (- 1)) phase_12 (- 1)) boundary))))
 (let (($x10931 (or $x28424 (and (and $x10788 (and (distinct ?x58451 0.0) true)) (> ?x9867 boundary)) $x7460 $x4700)))
 (let (($x34288 (= boundary 35)))
 (let (($x40362 (= boundary (- 1))))
 (let (($x57096 (or $x40362 (= boundary 5) (= boundary 7) (= boundary 23) (= boundary 27) (= boundary 31) $x34288)))
 (and $x57096 $x10931))))))))))))))))))))))))))))))))))
(check-sat)
