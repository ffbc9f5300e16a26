(set-logic QF_LIA)
; 
(set-info :status unknown)
(declare-fun phase_43 () Int)
(declare-fun phase_44 () Int)
(declare-fun phase_45 () Int)
(declare-fun phase_46 () Int)
(declare-fun phase_154 () Int)
(declare-fun phase_155 () Int)
(declare-fun phase_328 () Int)
(declare-fun phase_329 () Int)
(declare-fun phase_425 () Int)
(declare-fun phase_426 () Int)
(assert
 (= phase_43 0))
(assert
 (= phase_44 2))
(assert
 (= phase_45 2))
(assert
 (= phase_46 2))
(assert
 (= phase_154 8))
(assert
 (= phase_155 10))
(assert
 (= phase_328 24))
(assert
 (= phase_329 26))
(assert
 (= phase_425 32))
(assert
 (= phase_426 34))
(assert
 (let ((?x9123 (div phase_425 4)))
 (let ((?x9143 (div phase_426 4)))
 (let (($x9130 (and (distinct ?x9143 ?x9123) true)))
 (let ((?x9118 (div phase_328 4)))
 (let ((?x9105 (div phase_329 4)))
 (let (($x9125 (and (distinct ?x9105 ?x9118) true)))
 (let ((?x9098 (div phase_154 4)))
 (let ((?x9100 (div phase_155 4)))
 (let (($x9090 (and (distinct ?x9100 ?x9098) true)))
 (let ((?x9065 (div phase_43 4)))
 (let ((?x9083 (div phase_46 4)))
 (let (($x9085 (and (distinct ?x9083 ?x9065) true)))
 (let ((?x9074 (div phase_45 4)))
 (let (($x9078 (and (distinct ?x9074 ?x9065) true)))
 (let ((?x9052 (div phase_44 4)))
 (let (($x9075 (and (distinct ?x9052 ?x9065) true)))
 (or $x9075 $x9078 $x9085 $x9090 $x9125 $x9130))))))))))))))))))
(check-sat)
