(set-logic QF_LIA)
; 
(set-info :status unknown)
(declare-fun d_model () Int)
(assert
 (= d_model 236))
(assert
 (let ((?x9 (mod d_model 2)))
 (= ?x9 1)))
(check-sat)
