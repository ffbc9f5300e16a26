(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x11230 (= value_index 0)))
 (let (($x51423 (and $x11230 (and (distinct (ite (> boundary 1) 1.0 0.0) 0.0) true))))
 (let (($x44871 (and $x51423 true)))
 (let (($x17974 (or $x44871)))
 (let (($x22542 (= boundary 1)))
 (let (($x52058 (or $x22542)))
 (and $x52058 $x17974))))))))
(check-sat)
