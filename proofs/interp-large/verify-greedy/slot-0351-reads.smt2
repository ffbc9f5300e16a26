(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_611 () Int)
(declare-fun phase_612 () Int)
(declare-fun phase_613 () Int)
(declare-fun phase_614 () Int)
(declare-fun phase_615 () Int)
(declare-fun phase_616 () Int)
(declare-fun phase_617 () Int)
(declare-fun phase_618 () Int)
(declare-fun read_value () Real)
(declare-fun x_851 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_611 22))
(assert
 (= phase_612 22))
(assert
 (= phase_613 22))
(assert
 (= phase_614 22))
(assert
 (= phase_615 22))
(assert
 (= phase_616 22))
(assert
 (= phase_617 22))
(assert
 (= phase_618 22))
(assert
 (let ((?x114824 (* (- 1.0) x_851)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x131691 (ite $x24162 ?x114824 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x86114 (ite $x208249 (* 1.0 x_851) 0.0)))
 (let ((?x132308 (+ ?x86114 ?x131691)))
 (let (($x133030 (= read_value x_851)))
 (let (($x200981 (and (and (= read_index 7) (not false)) (= boundary (- phase_618 1)))))
 (let (($x112934 (and (and (= read_index 6) (not false)) (= boundary (- phase_617 1)))))
 (let (($x144638 (and (and (= read_index 5) (not false)) (= boundary (- phase_616 1)))))
 (let (($x195794 (and (and (= read_index 4) (not false)) (= boundary (- phase_615 1)))))
 (let (($x149886 (and (and (= read_index 3) (not false)) (= boundary (- phase_614 1)))))
 (let (($x107911 (and (and (= read_index 2) (not false)) (= boundary (- phase_613 1)))))
 (let (($x30617 (and (and (= read_index 1) (not false)) (= boundary (- phase_612 1)))))
 (let (($x129974 (and (and (= read_index 0) (not false)) (= boundary (- phase_611 1)))))
 (let (($x207823 (or (and $x129974 $x133030) (and $x30617 $x133030) (and $x107911 $x133030) (and $x149886 $x133030) (and $x195794 $x133030) (and $x144638 $x133030) (and $x112934 $x133030) (and $x200981 $x133030))))
 (and $x207823 (and (distinct ?x132308 read_value) true)))))))))))))))))))
(check-sat)
