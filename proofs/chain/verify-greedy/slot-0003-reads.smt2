(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_0 () Int)
(declare-fun phase_1 () Int)
(declare-fun phase_14 () Int)
(declare-fun phase_27 () Int)
(declare-fun phase_40 () Int)
(declare-fun phase_53 () Int)
(declare-fun phase_66 () Int)
(declare-fun phase_79 () Int)
(declare-fun phase_92 () Int)
(declare-fun phase_105 () Int)
(declare-fun phase_118 () Int)
(declare-fun phase_131 () Int)
(declare-fun phase_144 () Int)
(declare-fun phase_157 () Int)
(declare-fun phase_170 () Int)
(declare-fun phase_183 () Int)
(declare-fun phase_196 () Int)
(declare-fun phase_197 () Int)
(declare-fun phase_198 () Int)
(declare-fun phase_199 () Int)
(declare-fun read_value () Real)
(declare-fun x_3 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_0 0))
(assert
 (= phase_1 0))
(assert
 (= phase_14 0))
(assert
 (= phase_27 0))
(assert
 (= phase_40 0))
(assert
 (= phase_53 0))
(assert
 (= phase_66 0))
(assert
 (= phase_79 0))
(assert
 (= phase_92 0))
(assert
 (= phase_105 0))
(assert
 (= phase_118 0))
(assert
 (= phase_131 0))
(assert
 (= phase_144 0))
(assert
 (= phase_157 0))
(assert
 (= phase_170 0))
(assert
 (= phase_183 0))
(assert
 (= phase_196 0))
(assert
 (= phase_197 0))
(assert
 (= phase_198 0))
(assert
 (= phase_199 0))
(assert
 (let ((?x4355 (* 1.0 x_3)))
 (let (($x52167 (>= boundary (- 1))))
 (let ((?x8152 (ite $x52167 ?x4355 0.0)))
 (let (($x11812 (= read_value x_3)))
 (let (($x4097 (and (and (= read_index 19) (not false)) (= boundary (- phase_199 1)))))
 (let (($x4790 (and (and (= read_index 18) (not false)) (= boundary (- phase_198 1)))))
 (let (($x11340 (and (and (= read_index 17) (not false)) (= boundary (- phase_197 1)))))
 (let (($x8901 (and (and (= read_index 16) (not false)) (= boundary (- phase_196 1)))))
 (let (($x570 (and (and (= read_index 15) (not false)) (= boundary (- phase_183 1)))))
 (let (($x10892 (and (and (= read_index 14) (not false)) (= boundary (- phase_170 1)))))
 (let (($x2776 (and (and (= read_index 13) (not false)) (= boundary (- phase_157 1)))))
 (let (($x9006 (and (and (= read_index 12) (not false)) (= boundary (- phase_144 1)))))
 (let (($x11868 (and (and (= read_index 11) (not false)) (= boundary (- phase_131 1)))))
 (let (($x12437 (and (and (= read_index 10) (not false)) (= boundary (- phase_118 1)))))
 (let (($x21524 (and (and (= read_index 9) (not false)) (= boundary (- phase_105 1)))))
 (let (($x8909 (and (and (= read_index 8) (not false)) (= boundary (- phase_92 1)))))
 (let (($x11717 (and (and (= read_index 7) (not false)) (= boundary (- phase_79 1)))))
 (let (($x15727 (and (and (= read_index 6) (not false)) (= boundary (- phase_66 1)))))
 (let (($x70460 (and (and (= read_index 5) (not false)) (= boundary (- phase_53 1)))))
 (let (($x10256 (and (and (= read_index 4) (not false)) (= boundary (- phase_40 1)))))
 (let (($x9728 (and (and (= read_index 3) (not false)) (= boundary (- phase_27 1)))))
 (let (($x70450 (and (and (= read_index 2) (not false)) (= boundary (- phase_14 1)))))
 (let (($x35843 (and (and (= read_index 1) (not false)) (= boundary (- phase_1 1)))))
 (let (($x5299 (and (and (= read_index 0) (not false)) (= boundary (- phase_0 1)))))
 (let (($x21828 (or (and $x5299 $x11812) (and $x35843 $x11812) (and $x70450 $x11812) (and $x9728 $x11812) (and $x10256 $x11812) (and $x70460 $x11812) (and $x15727 $x11812) (and $x11717 $x11812) (and $x8909 $x11812) (and $x21524 $x11812) (and $x12437 $x11812) (and $x11868 $x11812) (and $x9006 $x11812) (and $x2776 $x11812) (and $x10892 $x11812) (and $x570 $x11812) (and $x8901 $x11812) (and $x11340 $x11812) (and $x4790 $x11812) (and $x4097 $x11812))))
 (and $x21828 (and (distinct ?x8152 read_value) true))))))))))))))))))))))))))))
(check-sat)
