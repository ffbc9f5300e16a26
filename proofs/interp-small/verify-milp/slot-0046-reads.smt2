(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_30 () Int)
(declare-fun phase_61 () Int)
(declare-fun phase_62 () Int)
(declare-fun phase_64 () Int)
(declare-fun phase_157 () Int)
(declare-fun phase_169 () Int)
(declare-fun phase_178 () Int)
(declare-fun phase_187 () Int)
(declare-fun phase_191 () Int)
(declare-fun read_value () Real)
(declare-fun x_69 () Real)
(declare-fun boundary () Int)
(declare-fun x_104 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_30 26))
(assert
 (= phase_61 22))
(assert
 (= phase_62 22))
(assert
 (= phase_64 23))
(assert
 (= phase_157 34))
(assert
 (= phase_169 34))
(assert
 (= phase_178 34))
(assert
 (= phase_187 34))
(assert
 (= phase_191 29))
(assert
 (let ((?x36871 (* (- 1.0) x_69)))
 (let (($x21637 (>= boundary 35)))
 (let ((?x37386 (ite $x21637 ?x36871 0.0)))
 (let ((?x14984 (* (- 1.0) x_104)))
 (let (($x8935 (>= boundary 23)))
 (let ((?x15747 (ite $x8935 ?x14984 0.0)))
 (let ((?x44036 (+ (ite (>= boundary 19) (* 1.0 x_104) 0.0) ?x15747 (ite (>= boundary 27) (* 1.0 x_69) 0.0) ?x37386)))
 (let (($x20473 (= read_value x_104)))
 (let (($x32223 (and (and (= read_index 7) (not false)) (= boundary (- phase_64 2)))))
 (let (($x29603 (and (and (= read_index 6) (not false)) (= boundary (- phase_62 1)))))
 (let (($x34331 (and (and (= read_index 5) (not false)) (= boundary (- phase_61 1)))))
 (let (($x22839 (= read_value x_69)))
 (let (($x50140 (= read_index 4)))
 (let (($x21273 (and (and $x50140 (not (= phase_30 (- phase_191 1)))) (= boundary (- phase_191 2)))))
 (let (($x9807 (and (and (= read_index 3) (not false)) (= boundary (- phase_187 1)))))
 (let (($x5752 (and (and (= read_index 2) (not false)) (= boundary (- phase_178 1)))))
 (let (($x35872 (and (and (= read_index 1) (not false)) (= boundary (- phase_169 1)))))
 (let (($x18330 (and (and (= read_index 0) (not false)) (= boundary (- phase_157 1)))))
 (let (($x9737 (or (and $x18330 $x22839) (and $x35872 $x22839) (and $x5752 $x22839) (and $x9807 $x22839) (and $x21273 $x22839) (and $x34331 $x20473) (and $x29603 $x20473) (and $x32223 $x20473))))
 (and $x9737 (and (distinct ?x44036 read_value) true))))))))))))))))))))))
(check-sat)
