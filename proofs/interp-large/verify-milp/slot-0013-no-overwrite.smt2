(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_12 () Int)
(declare-fun phase_22 () Int)
(declare-fun phase_104 () Int)
(declare-fun phase_549 () Int)
(declare-fun phase_553 () Int)
(declare-fun phase_557 () Int)
(declare-fun phase_558 () Int)
(declare-fun phase_586 () Int)
(declare-fun phase_587 () Int)
(declare-fun phase_588 () Int)
(declare-fun phase_589 () Int)
(declare-fun phase_590 () Int)
(declare-fun phase_591 () Int)
(declare-fun phase_593 () Int)
(declare-fun phase_594 () Int)
(declare-fun phase_945 () Int)
(declare-fun phase_1075 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_12 4))
(assert
 (= phase_22 6))
(assert
 (= phase_104 43))
(assert
 (= phase_549 32))
(assert
 (= phase_553 36))
(assert
 (= phase_557 34))
(assert
 (= phase_558 34))
(assert
 (= phase_586 38))
(assert
 (= phase_587 38))
(assert
 (= phase_588 38))
(assert
 (= phase_589 38))
(assert
 (= phase_590 38))
(assert
 (= phase_591 38))
(assert
 (= phase_593 38))
(assert
 (= phase_594 38))
(assert
 (= phase_945 30))
(assert
 (= phase_1075 46))
(assert
 (let (($x224859 (= value_index 5)))
 (let (($x104036 (and (and $x224859 (and (distinct (ite (> boundary 51) 1.0 0.0) 0.0) true)) true)))
 (let (($x120325 (> phase_586 phase_553)))
 (let ((?x120324 (ite $x120325 phase_586 phase_553)))
 (let (($x120327 (> phase_587 ?x120324)))
 (let ((?x16183 (ite $x120327 phase_587 ?x120324)))
 (let (($x93622 (> phase_588 ?x16183)))
 (let ((?x93626 (ite $x93622 phase_588 ?x16183)))
 (let (($x137827 (> phase_589 ?x93626)))
 (let ((?x137520 (ite $x137827 phase_589 ?x93626)))
 (let (($x36848 (> phase_590 ?x137520)))
 (let ((?x16188 (ite $x36848 phase_590 ?x137520)))
 (let (($x136260 (> phase_591 ?x16188)))
 (let ((?x36844 (ite $x136260 phase_591 ?x16188)))
 (let (($x137828 (> phase_593 ?x36844)))
 (let ((?x136262 (ite $x137828 phase_593 ?x36844)))
 (let (($x136263 (> phase_594 ?x136262)))
 (let ((?x16134 (ite $x136263 phase_594 ?x136262)))
 (let ((?x135582 (+ (ite (> boundary 37) 1.0 0.0) (ite (> boundary 39) (- 1.0) 0.0))))
 (let (($x110639 (= value_index 4)))
 (let (($x124740 (> phase_557 phase_549)))
 (let ((?x124655 (ite $x124740 phase_557 phase_549)))
 (let (($x124767 (> phase_558 ?x124655)))
 (let ((?x124749 (ite $x124767 phase_558 ?x124655)))
 (let ((?x212247 (+ (ite (> boundary 33) 1.0 0.0) (ite (> boundary 35) (- 1.0) 0.0))))
 (let (($x216490 (= value_index 3)))
 (let (($x70817 (> phase_1075 phase_104)))
 (let ((?x70818 (ite $x70817 phase_1075 phase_104)))
 (let ((?x94646 (+ (ite (> boundary 43) 1.0 0.0) (ite (> boundary 47) (- 1.0) 0.0))))
 (let (($x9031 (= value_index 2)))
 (let ((?x169143 (+ (ite (> boundary 7) 1.0 0.0) (ite (> boundary 31) (- 1.0) 0.0))))
 (let (($x226158 (= value_index 1)))
 (let (($x173030 (and (and $x226158 (and (distinct ?x169143 0.0) true)) (> (ite (> phase_945 phase_22) phase_945 phase_22) boundary))))
 (let ((?x145295 (+ (ite (> boundary (- 1)) 1.0 0.0) (ite (> boundary 5) (- 1.0) 0.0))))
 (let (($x4299 (= value_index 0)))
 (let (($x172723 (and (and $x4299 (and (distinct ?x145295 0.0) true)) (> (ite (> phase_12 (- 1)) phase_12 (- 1)) boundary))))
 (let (($x20844 (or $x172723 $x173030 (and (and $x9031 (and (distinct ?x94646 0.0) true)) (> ?x70818 boundary)) (and (and $x216490 (and (distinct ?x212247 0.0) true)) (> ?x124749 boundary)) (and (and $x110639 (and (distinct ?x135582 0.0) true)) (> ?x16134 boundary)) $x104036)))
 (let (($x13847 (= boundary 51)))
 (let (($x11941 (= boundary (- 1))))
 (let (($x20550 (or $x11941 (= boundary 5) (= boundary 7) (= boundary 31) (= boundary 33) (= boundary 35) (= boundary 37) (= boundary 39) (= boundary 43) (= boundary 47) $x13847)))
 (and $x20550 $x20844))))))))))))))))))))))))))))))))))))))))))
(check-sat)
