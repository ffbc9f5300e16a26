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
 (= phase_328 20))
(assert
 (= phase_329 22))
(assert
 (= phase_425 32))
(assert
 (= phase_426 34))
(assert
 (let ((?x9125 (div phase_425 4)))
 (let ((?x9123 (div phase_426 4)))
 (let (($x9143 (and (distinct ?x9123 ?x9125) true)))
 (let ((?x9090 (div phase_328 4)))
 (let ((?x9118 (div phase_329 4)))
 (let (($x9105 (and (distinct ?x9118 ?x9090) true)))
 (let ((?x9085 (div phase_154 4)))
 (let ((?x9098 (div phase_155 4)))
 (let (($x9100 (and (distinct ?x9098 ?x9085) true)))
 (let ((?x9045 (div phase_43 4)))
 (let ((?x9078 (div phase_46 4)))
 (let (($x9083 (and (distinct ?x9078 ?x9045) true)))
 (let ((?x9075 (div phase_45 4)))
 (let (($x9074 (and (distinct ?x9075 ?x9045) true)))
 (let ((?x9065 (div phase_44 4)))
 (let (($x9052 (and (distinct ?x9065 ?x9045) true)))
 (or $x9052 $x9074 $x9083 $x9100 $x9105 $x9143))))))))))))))))))
(check-sat)
