(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_594 () Int)
(declare-fun phase_595 () Int)
(declare-fun phase_596 () Int)
(declare-fun phase_597 () Int)
(declare-fun phase_598 () Int)
(declare-fun phase_599 () Int)
(declare-fun phase_600 () Int)
(declare-fun phase_602 () Int)
(declare-fun phase_1034 () Int)
(declare-fun phase_1035 () Int)
(declare-fun phase_1036 () Int)
(declare-fun read_value () Real)
(declare-fun x_836 () Real)
(declare-fun boundary () Int)
(declare-fun x_480 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_594 22))
(assert
 (= phase_595 22))
(assert
 (= phase_596 22))
(assert
 (= phase_597 22))
(assert
 (= phase_598 22))
(assert
 (= phase_599 22))
(assert
 (= phase_600 22))
(assert
 (= phase_602 22))
(assert
 (= phase_1034 18))
(assert
 (= phase_1035 18))
(assert
 (= phase_1036 18))
(assert
 (let ((?x160320 (* (- 1.0) x_836)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x163077 (ite $x24162 ?x160320 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x159091 (ite $x208249 (* 1.0 x_836) 0.0)))
 (let ((?x80515 (* (- 1.0) x_480)))
 (let (($x272189 (>= boundary 19)))
 (let ((?x82368 (ite $x272189 ?x80515 0.0)))
 (let (($x103445 (>= boundary 15)))
 (let ((?x36836 (ite $x103445 (* 1.0 x_480) 0.0)))
 (let ((?x182564 (+ ?x36836 ?x82368 ?x159091 ?x163077)))
 (let (($x138665 (= read_value x_836)))
 (let (($x36813 (and (and (= read_index 10) (not false)) (= boundary (- phase_602 1)))))
 (let (($x95074 (and (and (= read_index 9) (not false)) (= boundary (- phase_600 1)))))
 (let (($x164397 (and (and (= read_index 8) (not false)) (= boundary (- phase_599 1)))))
 (let (($x62341 (and (and (= read_index 7) (not false)) (= boundary (- phase_598 1)))))
 (let (($x54976 (and (and (= read_index 6) (not false)) (= boundary (- phase_597 1)))))
 (let (($x55417 (and (and (= read_index 5) (not false)) (= boundary (- phase_596 1)))))
 (let (($x161945 (and (and (= read_index 4) (not false)) (= boundary (- phase_595 1)))))
 (let (($x138822 (and (and (= read_index 3) (not false)) (= boundary (- phase_594 1)))))
 (let (($x96725 (= read_value x_480)))
 (let (($x226987 (and (and (= read_index 2) (not false)) (= boundary (- phase_1036 1)))))
 (let (($x167539 (and (and (= read_index 1) (not false)) (= boundary (- phase_1035 1)))))
 (let (($x75397 (and (and (= read_index 0) (not false)) (= boundary (- phase_1034 1)))))
 (let (($x158924 (or (and $x75397 $x96725) (and $x167539 $x96725) (and $x226987 $x96725) (and $x138822 $x138665) (and $x161945 $x138665) (and $x55417 $x138665) (and $x54976 $x138665) (and $x62341 $x138665) (and $x164397 $x138665) (and $x95074 $x138665) (and $x36813 $x138665))))
 (and $x158924 (and (distinct ?x182564 read_value) true))))))))))))))))))))))))))))
(check-sat)
