(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_423 () Int)
(declare-fun phase_512 () Int)
(declare-fun phase_636 () Int)
(declare-fun phase_645 () Int)
(declare-fun phase_654 () Int)
(declare-fun phase_663 () Int)
(declare-fun phase_672 () Int)
(declare-fun phase_681 () Int)
(declare-fun phase_690 () Int)
(declare-fun phase_699 () Int)
(declare-fun phase_997 () Int)
(declare-fun read_value () Real)
(declare-fun x_1332 () Real)
(declare-fun boundary () Int)
(declare-fun x_539 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_423 18))
(assert
 (= phase_512 26))
(assert
 (= phase_636 26))
(assert
 (= phase_645 26))
(assert
 (= phase_654 26))
(assert
 (= phase_663 26))
(assert
 (= phase_672 26))
(assert
 (= phase_681 26))
(assert
 (= phase_690 26))
(assert
 (= phase_699 26))
(assert
 (= phase_997 42))
(assert
 (let ((?x103551 (* (- 1.0) x_1332)))
 (let (($x139643 (>= boundary 43)))
 (let ((?x143130 (ite $x139643 ?x103551 0.0)))
 (let (($x145087 (>= boundary 33)))
 (let ((?x79382 (ite $x145087 (* 1.0 x_1332) 0.0)))
 (let ((?x39232 (* (- 1.0) x_539)))
 (let (($x41424 (>= boundary 27)))
 (let ((?x58594 (ite $x41424 ?x39232 0.0)))
 (let (($x172763 (>= boundary 15)))
 (let ((?x39210 (ite $x172763 (* 1.0 x_539) 0.0)))
 (let ((?x148924 (+ ?x39210 ?x58594 ?x79382 ?x143130)))
 (let (($x107612 (= read_value x_1332)))
 (let (($x118681 (and (and (= read_index 10) (not false)) (= boundary (- phase_997 1)))))
 (let (($x128190 (= read_value x_539)))
 (let (($x101340 (and (and (= read_index 9) (not false)) (= boundary (- phase_699 1)))))
 (let (($x156052 (and (and (= read_index 8) (not false)) (= boundary (- phase_690 1)))))
 (let (($x188770 (and (and (= read_index 7) (not false)) (= boundary (- phase_681 1)))))
 (let (($x107388 (and (and (= read_index 6) (not false)) (= boundary (- phase_672 1)))))
 (let (($x96020 (and (and (= read_index 5) (not false)) (= boundary (- phase_663 1)))))
 (let (($x33776 (and (and (= read_index 4) (not false)) (= boundary (- phase_654 1)))))
 (let (($x138070 (and (and (= read_index 3) (not false)) (= boundary (- phase_645 1)))))
 (let (($x246610 (and (and (= read_index 2) (not false)) (= boundary (- phase_636 1)))))
 (let (($x220473 (and (and (= read_index 1) (not false)) (= boundary (- phase_512 1)))))
 (let (($x108225 (and (and (= read_index 0) (not false)) (= boundary (- phase_423 1)))))
 (let (($x162838 (or (and $x108225 $x128190) (and $x220473 $x128190) (and $x246610 $x128190) (and $x138070 $x128190) (and $x33776 $x128190) (and $x96020 $x128190) (and $x107388 $x128190) (and $x188770 $x128190) (and $x156052 $x128190) (and $x101340 $x128190) (and $x118681 $x107612))))
 (and $x162838 (and (distinct ?x148924 read_value) true))))))))))))))))))))))))))))
(check-sat)
