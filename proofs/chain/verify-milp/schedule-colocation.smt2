(set-logic QF_LIA)
; 
(set-info :status unknown)
(assert
 false)
(check-sat)
