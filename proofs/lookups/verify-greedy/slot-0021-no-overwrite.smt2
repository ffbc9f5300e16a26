(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_16 () Int)
(declare-fun phase_38 () Int)
(declare-fun phase_39 () Int)
(declare-fun phase_40 () Int)
(declare-fun phase_53 () Int)
(declare-fun phase_54 () Int)
(declare-fun phase_55 () Int)
(declare-fun phase_68 () Int)
(declare-fun phase_69 () Int)
(declare-fun phase_70 () Int)
(declare-fun phase_108 () Int)
(declare-fun phase_112 () Int)
(declare-fun phase_129 () Int)
(declare-fun phase_132 () Int)
(declare-fun phase_133 () Int)
(declare-fun phase_134 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_16 0))
(assert
 (= phase_38 2))
(assert
 (= phase_39 2))
(assert
 (= phase_40 2))
(assert
 (= phase_53 2))
(assert
 (= phase_54 2))
(assert
 (= phase_55 2))
(assert
 (= phase_68 2))
(assert
 (= phase_69 2))
(assert
 (= phase_70 2))
(assert
 (= phase_108 2))
(assert
 (= phase_112 4))
(assert
 (= phase_129 4))
(assert
 (= phase_132 4))
(assert
 (= phase_133 8))
(assert
 (= phase_134 10))
(assert
 (let (($x42061 (> boundary 11)))
 (let ((?x52335 (ite $x42061 (- 1.0) 0.0)))
 (let (($x31246 (> boundary 9)))
 (let ((?x32073 (ite $x31246 1.0 0.0)))
 (let (($x19215 (= value_index 1)))
 (let (($x52098 (and (and $x19215 (and (distinct (+ ?x32073 ?x52335) 0.0) true)) (> (ite (> phase_134 phase_133) phase_134 phase_133) boundary))))
 (let (($x18906 (> phase_38 phase_16)))
 (let ((?x18905 (ite $x18906 phase_38 phase_16)))
 (let (($x18912 (> phase_39 ?x18905)))
 (let ((?x4741 (ite $x18912 phase_39 ?x18905)))
 (let (($x18620 (> phase_40 ?x4741)))
 (let ((?x19135 (ite $x18620 phase_40 ?x4741)))
 (let (($x18805 (> phase_53 ?x19135)))
 (let ((?x18755 (ite $x18805 phase_53 ?x19135)))
 (let (($x3283 (> phase_54 ?x18755)))
 (let ((?x18963 (ite $x3283 phase_54 ?x18755)))
 (let (($x18959 (> phase_55 ?x18963)))
 (let ((?x4184 (ite $x18959 phase_55 ?x18963)))
 (let (($x4341 (> phase_68 ?x4184)))
 (let ((?x18969 (ite $x4341 phase_68 ?x4184)))
 (let (($x18960 (> phase_69 ?x18969)))
 (let ((?x3259 (ite $x18960 phase_69 ?x18969)))
 (let (($x3299 (> phase_70 ?x3259)))
 (let ((?x19092 (ite $x3299 phase_70 ?x3259)))
 (let (($x13318 (> phase_108 ?x19092)))
 (let ((?x4166 (ite $x13318 phase_108 ?x19092)))
 (let (($x4224 (> phase_112 ?x4166)))
 (let ((?x14777 (ite $x4224 phase_112 ?x4166)))
 (let (($x19098 (> phase_129 ?x14777)))
 (let ((?x19088 (ite $x19098 phase_129 ?x14777)))
 (let (($x19089 (> phase_132 ?x19088)))
 (let ((?x12948 (ite $x19089 phase_132 ?x19088)))
 (let ((?x9552 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 5) (- 1.0) 0.0))))
 (let (($x1772 (= value_index 0)))
 (let (($x3841 (= boundary 11)))
 (let (($x13147 (= boundary 9)))
 (let (($x27464 (or (= boundary 1) (= boundary 5) $x13147 $x3841)))
 (and $x27464 (or (and (and $x1772 (and (distinct ?x9552 0.0) true)) (> ?x12948 boundary)) $x52098))))))))))))))))))))))))))))))))))))))))
(check-sat)
