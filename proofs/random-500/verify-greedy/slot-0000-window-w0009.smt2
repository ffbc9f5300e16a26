(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_450 () Int)
(declare-fun phase_455 () Int)
(declare-fun phase_460 () Int)
(declare-fun phase_461 () Int)
(declare-fun phase_477 () Int)
(declare-fun phase_480 () Int)
(declare-fun phase_482 () Int)
(declare-fun phase_485 () Int)
(declare-fun phase_494 () Int)
(declare-fun phase_496 () Int)
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(declare-fun boundary_half () Int)
(assert
 (= phase_450 36))
(assert
 (= phase_455 38))
(assert
 (= phase_460 36))
(assert
 (= phase_461 38))
(assert
 (= phase_477 38))
(assert
 (= phase_480 36))
(assert
 (= phase_482 36))
(assert
 (= phase_485 38))
(assert
 (= phase_494 38))
(assert
 (= phase_496 38))
(assert
 (let ((?x18138 (ite (and (and true (<= (- 1) 33)) (< 33 536870911)) x_0 0.0)))
 (= window_start_contents ?x18138)))
(assert
 (let (($x123385 (and (distinct window_start_contents read_value) true)))
 (let (($x112500 (= read_value x_0)))
 (let (($x25515 (and (and (= read_index 278) (not false)) (= boundary (- phase_496 1)))))
 (let (($x43693 (and (and (= read_index 277) (not false)) (= boundary (- phase_494 1)))))
 (let (($x129404 (and (and (= read_index 272) (not false)) (= boundary (- phase_485 1)))))
 (let (($x22038 (and (and (= read_index 270) (not false)) (= boundary (- phase_482 1)))))
 (let (($x103613 (and (and (= read_index 268) (not false)) (= boundary (- phase_480 1)))))
 (let (($x99185 (and (and (= read_index 266) (not false)) (= boundary (- phase_477 1)))))
 (let (($x52238 (and (and (= read_index 259) (not false)) (= boundary (- phase_461 1)))))
 (let (($x65886 (and (and (= read_index 258) (not false)) (= boundary (- phase_460 1)))))
 (let (($x60479 (and (and (= read_index 255) (not false)) (= boundary (- phase_455 1)))))
 (let (($x129229 (and (and (= read_index 251) (not false)) (= boundary (- phase_450 1)))))
 (let (($x16923 (or (and $x129229 $x112500) (and $x60479 $x112500) (and $x65886 $x112500) (and $x52238 $x112500) (and $x99185 $x112500) (and $x103613 $x112500) (and $x22038 $x112500) (and $x129404 $x112500) (and $x43693 $x112500) (and $x25515 $x112500) (and (and (= read_index 282) (= boundary 39)) $x112500))))
 (let (($x17068 (and $x16923 (or (not (and true (> boundary 33))) $x123385))))
 (let ((?x37503 (ite (and (and true (<= (- 1) boundary)) (< boundary 536870911)) x_0 0.0)))
 (let (($x113303 (and (distinct window_start_contents ?x37503) true)))
 (let (($x27874 (> boundary 33)))
 (let (($x35954 (and true $x27874)))
 (let (($x42858 (<= boundary 39)))
 (let (($x24469 (>= boundary (- 1))))
 (let (($x42751 (and (= boundary (+ (* 2 boundary_half) 1)) $x24469)))
 (let (($x42862 (and $x42751 $x42858)))
 (let (($x36068 (and $x42862 $x35954)))
 (let (($x37493 (and $x36068 $x113303)))
 (or $x37493 $x17068))))))))))))))))))))))))))
(check-sat)
