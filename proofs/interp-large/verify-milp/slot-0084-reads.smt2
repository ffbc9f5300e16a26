(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_44 () Int)
(declare-fun phase_971 () Int)
(declare-fun phase_991 () Int)
(declare-fun phase_1007 () Int)
(declare-fun phase_1023 () Int)
(declare-fun phase_1039 () Int)
(declare-fun phase_1055 () Int)
(declare-fun phase_1071 () Int)
(declare-fun phase_1087 () Int)
(declare-fun phase_1090 () Int)
(declare-fun read_value () Real)
(declare-fun x_109 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_44 6))
(assert
 (= phase_971 34))
(assert
 (= phase_991 34))
(assert
 (= phase_1007 42))
(assert
 (= phase_1023 42))
(assert
 (= phase_1039 42))
(assert
 (= phase_1055 42))
(assert
 (= phase_1071 42))
(assert
 (= phase_1087 42))
(assert
 (= phase_1090 7))
(assert
 (let ((?x116235 (* (- 1.0) x_109)))
 (let (($x139643 (>= boundary 43)))
 (let ((?x138668 (ite $x139643 ?x116235 0.0)))
 (let ((?x140081 (+ (ite (>= boundary 7) (* 1.0 x_109) 0.0) ?x138668)))
 (let (($x144954 (= read_value x_109)))
 (let (($x188886 (= read_index 8)))
 (let (($x53562 (and (and $x188886 (not (= phase_44 (- phase_1090 1)))) (= boundary (- phase_1090 2)))))
 (let (($x72578 (and (and (= read_index 7) (not false)) (= boundary (- phase_1087 1)))))
 (let (($x686 (and (and (= read_index 6) (not false)) (= boundary (- phase_1071 1)))))
 (let (($x211907 (and (and (= read_index 5) (not false)) (= boundary (- phase_1055 1)))))
 (let (($x40243 (and (and (= read_index 4) (not false)) (= boundary (- phase_1039 1)))))
 (let (($x221177 (and (and (= read_index 3) (not false)) (= boundary (- phase_1023 1)))))
 (let (($x114088 (and (and (= read_index 2) (not false)) (= boundary (- phase_1007 1)))))
 (let (($x228045 (and (and (= read_index 1) (not false)) (= boundary (- phase_991 1)))))
 (let (($x105802 (and (and (= read_index 0) (not false)) (= boundary (- phase_971 1)))))
 (let (($x42877 (or (and $x105802 $x144954) (and $x228045 $x144954) (and $x114088 $x144954) (and $x221177 $x144954) (and $x40243 $x144954) (and $x211907 $x144954) (and $x686 $x144954) (and $x72578 $x144954) (and $x53562 $x144954))))
 (and $x42877 (and (distinct ?x140081 read_value) true)))))))))))))))))))
(check-sat)
