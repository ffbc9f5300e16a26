(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_709 () Int)
(declare-fun phase_710 () Int)
(declare-fun phase_711 () Int)
(declare-fun phase_712 () Int)
(declare-fun phase_713 () Int)
(declare-fun phase_714 () Int)
(declare-fun phase_715 () Int)
(declare-fun phase_716 () Int)
(declare-fun read_value () Real)
(declare-fun x_1011 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_709 22))
(assert
 (= phase_710 22))
(assert
 (= phase_711 22))
(assert
 (= phase_712 22))
(assert
 (= phase_713 22))
(assert
 (= phase_714 22))
(assert
 (= phase_715 22))
(assert
 (= phase_716 22))
(assert
 (let ((?x136016 (* (- 1.0) x_1011)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x146986 (ite $x24162 ?x136016 0.0)))
 (let ((?x193263 (+ (ite (>= boundary 21) (* 1.0 x_1011) 0.0) ?x146986)))
 (let (($x81692 (= read_value x_1011)))
 (let (($x152545 (and (and (= read_index 7) (not false)) (= boundary (- phase_716 1)))))
 (let (($x202940 (and (and (= read_index 6) (not false)) (= boundary (- phase_715 1)))))
 (let (($x45400 (and (and (= read_index 5) (not false)) (= boundary (- phase_714 1)))))
 (let (($x135743 (and (and (= read_index 4) (not false)) (= boundary (- phase_713 1)))))
 (let (($x180137 (and (and (= read_index 3) (not false)) (= boundary (- phase_712 1)))))
 (let (($x133008 (and (and (= read_index 2) (not false)) (= boundary (- phase_711 1)))))
 (let (($x40476 (and (and (= read_index 1) (not false)) (= boundary (- phase_710 1)))))
 (let (($x66846 (and (and (= read_index 0) (not false)) (= boundary (- phase_709 1)))))
 (let (($x149140 (or (and $x66846 $x81692) (and $x40476 $x81692) (and $x133008 $x81692) (and $x180137 $x81692) (and $x135743 $x81692) (and $x45400 $x81692) (and $x202940 $x81692) (and $x152545 $x81692))))
 (and $x149140 (and (distinct ?x193263 read_value) true)))))))))))))))))
(check-sat)
