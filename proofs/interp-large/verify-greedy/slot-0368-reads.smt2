(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_710 () Int)
(declare-fun phase_711 () Int)
(declare-fun phase_712 () Int)
(declare-fun phase_713 () Int)
(declare-fun phase_714 () Int)
(declare-fun phase_715 () Int)
(declare-fun phase_716 () Int)
(declare-fun phase_718 () Int)
(declare-fun read_value () Real)
(declare-fun x_1012 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_710 22))
(assert
 (= phase_711 22))
(assert
 (= phase_712 22))
(assert
 (= phase_713 22))
(assert
 (= phase_714 22))
(assert
 (= phase_715 22))
(assert
 (= phase_716 22))
(assert
 (= phase_718 22))
(assert
 (let ((?x83221 (* (- 1.0) x_1012)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x115582 (ite $x24162 ?x83221 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x55074 (ite $x208249 (* 1.0 x_1012) 0.0)))
 (let ((?x161404 (+ ?x55074 ?x115582)))
 (let (($x122790 (= read_value x_1012)))
 (let (($x153918 (and (and (= read_index 7) (not false)) (= boundary (- phase_718 1)))))
 (let (($x65817 (and (and (= read_index 6) (not false)) (= boundary (- phase_716 1)))))
 (let (($x142486 (and (and (= read_index 5) (not false)) (= boundary (- phase_715 1)))))
 (let (($x211359 (and (and (= read_index 4) (not false)) (= boundary (- phase_714 1)))))
 (let (($x66055 (and (and (= read_index 3) (not false)) (= boundary (- phase_713 1)))))
 (let (($x103516 (and (and (= read_index 2) (not false)) (= boundary (- phase_712 1)))))
 (let (($x220946 (and (and (= read_index 1) (not false)) (= boundary (- phase_711 1)))))
 (let (($x108778 (and (and (= read_index 0) (not false)) (= boundary (- phase_710 1)))))
 (let (($x227292 (or (and $x108778 $x122790) (and $x220946 $x122790) (and $x103516 $x122790) (and $x66055 $x122790) (and $x211359 $x122790) (and $x142486 $x122790) (and $x65817 $x122790) (and $x153918 $x122790))))
 (and $x227292 (and (distinct ?x161404 read_value) true)))))))))))))))))))
(check-sat)
