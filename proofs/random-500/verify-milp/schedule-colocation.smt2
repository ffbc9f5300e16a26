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
 (let ((?x9346 (div phase_425 4)))
 (let ((?x9366 (div phase_426 4)))
 (let (($x9353 (and (distinct ?x9366 ?x9346) true)))
 (let ((?x9341 (div phase_328 4)))
 (let ((?x9328 (div phase_329 4)))
 (let (($x9348 (and (distinct ?x9328 ?x9341) true)))
 (let ((?x9303 (div phase_154 4)))
 (let ((?x9323 (div phase_155 4)))
 (let (($x9321 (and (distinct ?x9323 ?x9303) true)))
 (let ((?x9273 (div phase_43 4)))
 (let ((?x9296 (div phase_46 4)))
 (let (($x9316 (and (distinct ?x9296 ?x9273) true)))
 (let ((?x9278 (div phase_45 4)))
 (let (($x9298 (and (distinct ?x9278 ?x9273) true)))
 (let ((?x9271 (div phase_44 4)))
 (let (($x9291 (and (distinct ?x9271 ?x9273) true)))
 (or $x9291 $x9298 $x9316 $x9321 $x9348 $x9353))))))))))))))))))
(check-sat)
