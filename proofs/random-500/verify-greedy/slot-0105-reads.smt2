(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_76 () Int)
(declare-fun phase_117 () Int)
(declare-fun phase_139 () Int)
(declare-fun phase_140 () Int)
(declare-fun phase_253 () Int)
(declare-fun phase_437 () Int)
(declare-fun phase_447 () Int)
(declare-fun read_value () Real)
(declare-fun x_395 () Real)
(declare-fun boundary () Int)
(declare-fun x_99 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_76 4))
(assert
 (= phase_117 8))
(assert
 (= phase_139 5))
(assert
 (= phase_140 10))
(assert
 (= phase_253 22))
(assert
 (= phase_437 30))
(assert
 (= phase_447 27))
(assert
 (let ((?x136511 (* (- 1.0) x_395)))
 (let (($x23693 (>= boundary 31)))
 (let ((?x115460 (ite $x23693 ?x136511 0.0)))
 (let ((?x100236 (* (- 1.0) x_99)))
 (let (($x113435 (>= boundary 23)))
 (let ((?x111052 (ite $x113435 ?x100236 0.0)))
 (let ((?x127364 (+ (ite (>= boundary 5) (* 1.0 x_99) 0.0) ?x111052 (ite (>= boundary 25) (* 1.0 x_395) 0.0) ?x115460)))
 (let (($x71176 (= read_value x_395)))
 (let (($x24301 (and (and (= read_index 5) (not false)) (= boundary (- phase_447 2)))))
 (let (($x100777 (and (and (= read_index 4) (not false)) (= boundary (- phase_437 1)))))
 (let (($x94878 (= read_value x_99)))
 (let (($x72979 (and (and (= read_index 3) (not false)) (= boundary (- phase_253 1)))))
 (let (($x110998 (and (and (= read_index 2) (not false)) (= boundary (- phase_140 1)))))
 (let (($x62806 (= read_index 1)))
 (let (($x67686 (and (and $x62806 (not (= phase_76 (- phase_139 1)))) (= boundary (- phase_139 2)))))
 (let (($x90515 (and (and (= read_index 0) (not false)) (= boundary (- phase_117 1)))))
 (let (($x116955 (or (and $x90515 $x94878) (and $x67686 $x94878) (and $x110998 $x94878) (and $x72979 $x94878) (and $x100777 $x71176) (and $x24301 $x71176))))
 (and $x116955 (and (distinct ?x127364 read_value) true))))))))))))))))))))
(check-sat)
