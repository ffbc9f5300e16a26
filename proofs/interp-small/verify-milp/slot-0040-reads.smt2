(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_40 () Int)
(declare-fun phase_44 () Int)
(declare-fun phase_73 () Int)
(declare-fun phase_74 () Int)
(declare-fun phase_76 () Int)
(declare-fun phase_89 () Int)
(declare-fun phase_90 () Int)
(declare-fun phase_91 () Int)
(declare-fun phase_117 () Int)
(declare-fun phase_129 () Int)
(declare-fun phase_169 () Int)
(declare-fun phase_171 () Int)
(declare-fun phase_194 () Int)
(declare-fun read_value () Real)
(declare-fun x_83 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_40 8))
(assert
 (= phase_44 14))
(assert
 (= phase_73 14))
(assert
 (= phase_74 14))
(assert
 (= phase_76 19))
(assert
 (= phase_89 18))
(assert
 (= phase_90 18))
(assert
 (= phase_91 18))
(assert
 (= phase_117 30))
(assert
 (= phase_129 30))
(assert
 (= phase_169 34))
(assert
 (= phase_171 34))
(assert
 (= phase_194 34))
(assert
 (let ((?x10690 (* (- 1.0) x_83)))
 (let (($x21637 (>= boundary 35)))
 (let ((?x13959 (ite $x21637 ?x10690 0.0)))
 (let ((?x14984 (+ (ite (>= boundary 9) (* 1.0 x_83) 0.0) ?x13959)))
 (let (($x16317 (= read_value x_83)))
 (let (($x37588 (and (and (= read_index 11) (not false)) (= boundary (- phase_194 1)))))
 (let (($x39910 (and (and (= read_index 10) (not false)) (= boundary (- phase_171 1)))))
 (let (($x1286 (and (and (= read_index 9) (not false)) (= boundary (- phase_169 1)))))
 (let (($x22037 (and (and (= read_index 8) (not false)) (= boundary (- phase_129 1)))))
 (let (($x5731 (and (and (= read_index 7) (not false)) (= boundary (- phase_117 1)))))
 (let (($x22391 (and (and (= read_index 6) (not false)) (= boundary (- phase_91 1)))))
 (let (($x8118 (and (and (= read_index 5) (not false)) (= boundary (- phase_90 1)))))
 (let (($x31080 (and (and (= read_index 4) (not false)) (= boundary (- phase_89 1)))))
 (let (($x19123 (and (and (= read_index 3) (not (= phase_40 (- phase_76 1)))) (= boundary (- phase_76 2)))))
 (let (($x33302 (and (and (= read_index 2) (not false)) (= boundary (- phase_74 1)))))
 (let (($x29111 (and (and (= read_index 1) (not false)) (= boundary (- phase_73 1)))))
 (let (($x12862 (and (and (= read_index 0) (not false)) (= boundary (- phase_44 1)))))
 (let (($x16124 (or (and $x12862 $x16317) (and $x29111 $x16317) (and $x33302 $x16317) (and $x19123 $x16317) (and $x31080 $x16317) (and $x8118 $x16317) (and $x22391 $x16317) (and $x5731 $x16317) (and $x22037 $x16317) (and $x1286 $x16317) (and $x39910 $x16317) (and $x37588 $x16317))))
 (and $x16124 (and (distinct ?x14984 read_value) true)))))))))))))))))))))
(check-sat)
