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
 (let ((?x8940 (div phase_425 4)))
 (let ((?x8927 (div phase_426 4)))
 (let (($x8947 (and (distinct ?x8927 ?x8940) true)))
 (let ((?x8902 (div phase_328 4)))
 (let ((?x8922 (div phase_329 4)))
 (let (($x8920 (and (distinct ?x8922 ?x8902) true)))
 (let ((?x8897 (div phase_154 4)))
 (let ((?x8895 (div phase_155 4)))
 (let (($x8915 (and (distinct ?x8895 ?x8897) true)))
 (let ((?x8847 (div phase_43 4)))
 (let ((?x8890 (div phase_46 4)))
 (let (($x8876 (and (distinct ?x8890 ?x8847) true)))
 (let ((?x8877 (div phase_45 4)))
 (let (($x8868 (and (distinct ?x8877 ?x8847) true)))
 (let ((?x8867 (div phase_44 4)))
 (let (($x8854 (and (distinct ?x8867 ?x8847) true)))
 (or $x8854 $x8868 $x8876 $x8915 $x8920 $x8947))))))))))))))))))
(check-sat)
