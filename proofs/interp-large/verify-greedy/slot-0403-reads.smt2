(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_749 () Int)
(declare-fun phase_750 () Int)
(declare-fun phase_751 () Int)
(declare-fun phase_752 () Int)
(declare-fun phase_754 () Int)
(declare-fun phase_755 () Int)
(declare-fun phase_756 () Int)
(declare-fun phase_757 () Int)
(declare-fun read_value () Real)
(declare-fun x_1047 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_749 22))
(assert
 (= phase_750 22))
(assert
 (= phase_751 22))
(assert
 (= phase_752 22))
(assert
 (= phase_754 22))
(assert
 (= phase_755 22))
(assert
 (= phase_756 22))
(assert
 (= phase_757 22))
(assert
 (let ((?x138056 (* (- 1.0) x_1047)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x147227 (ite $x24162 ?x138056 0.0)))
 (let ((?x161357 (+ (ite (>= boundary 21) (* 1.0 x_1047) 0.0) ?x147227)))
 (let (($x157424 (= read_value x_1047)))
 (let (($x161364 (and (and (= read_index 7) (not false)) (= boundary (- phase_757 1)))))
 (let (($x2672 (and (and (= read_index 6) (not false)) (= boundary (- phase_756 1)))))
 (let (($x90978 (and (and (= read_index 5) (not false)) (= boundary (- phase_755 1)))))
 (let (($x34675 (and (and (= read_index 4) (not false)) (= boundary (- phase_754 1)))))
 (let (($x86911 (and (and (= read_index 3) (not false)) (= boundary (- phase_752 1)))))
 (let (($x167081 (and (and (= read_index 2) (not false)) (= boundary (- phase_751 1)))))
 (let (($x139624 (and (and (= read_index 1) (not false)) (= boundary (- phase_750 1)))))
 (let (($x139105 (and (and (= read_index 0) (not false)) (= boundary (- phase_749 1)))))
 (let (($x55328 (or (and $x139105 $x157424) (and $x139624 $x157424) (and $x167081 $x157424) (and $x86911 $x157424) (and $x34675 $x157424) (and $x90978 $x157424) (and $x2672 $x157424) (and $x161364 $x157424))))
 (and $x55328 (and (distinct ?x161357 read_value) true)))))))))))))))))
(check-sat)
