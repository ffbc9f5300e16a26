(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_423 () Int)
(declare-fun phase_512 () Int)
(declare-fun phase_606 () Int)
(declare-fun phase_607 () Int)
(declare-fun phase_608 () Int)
(declare-fun phase_609 () Int)
(declare-fun phase_611 () Int)
(declare-fun phase_612 () Int)
(declare-fun phase_613 () Int)
(declare-fun phase_614 () Int)
(declare-fun phase_636 () Int)
(declare-fun phase_645 () Int)
(declare-fun phase_654 () Int)
(declare-fun phase_663 () Int)
(declare-fun phase_672 () Int)
(declare-fun phase_681 () Int)
(declare-fun phase_690 () Int)
(declare-fun phase_699 () Int)
(declare-fun read_value () Real)
(declare-fun x_847 () Real)
(declare-fun boundary () Int)
(declare-fun x_539 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_423 18))
(assert
 (= phase_512 18))
(assert
 (= phase_606 22))
(assert
 (= phase_607 22))
(assert
 (= phase_608 22))
(assert
 (= phase_609 22))
(assert
 (= phase_611 22))
(assert
 (= phase_612 22))
(assert
 (= phase_613 22))
(assert
 (= phase_614 22))
(assert
 (= phase_636 18))
(assert
 (= phase_645 18))
(assert
 (= phase_654 18))
(assert
 (= phase_663 18))
(assert
 (= phase_672 18))
(assert
 (= phase_681 18))
(assert
 (= phase_690 18))
(assert
 (= phase_699 18))
(assert
 (let ((?x113642 (* (- 1.0) x_847)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x130630 (ite $x24162 ?x113642 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x111726 (ite $x208249 (* 1.0 x_847) 0.0)))
 (let ((?x47277 (* (- 1.0) x_539)))
 (let (($x272189 (>= boundary 19)))
 (let ((?x57728 (ite $x272189 ?x47277 0.0)))
 (let (($x103445 (>= boundary 15)))
 (let ((?x45629 (ite $x103445 (* 1.0 x_539) 0.0)))
 (let ((?x140830 (+ ?x45629 ?x57728 ?x111726 ?x130630)))
 (let (($x160413 (= read_value x_847)))
 (let (($x165623 (and (and (= read_index 17) (not false)) (= boundary (- phase_614 1)))))
 (let (($x107985 (and (and (= read_index 16) (not false)) (= boundary (- phase_613 1)))))
 (let (($x112272 (and (and (= read_index 15) (not false)) (= boundary (- phase_612 1)))))
 (let (($x227222 (and (and (= read_index 14) (not false)) (= boundary (- phase_611 1)))))
 (let (($x150896 (and (and (= read_index 13) (not false)) (= boundary (- phase_609 1)))))
 (let (($x137414 (and (and (= read_index 12) (not false)) (= boundary (- phase_608 1)))))
 (let (($x186455 (and (and (= read_index 11) (not false)) (= boundary (- phase_607 1)))))
 (let (($x47345 (and (and (= read_index 10) (not false)) (= boundary (- phase_606 1)))))
 (let (($x86144 (= read_value x_539)))
 (let (($x110167 (and (and (= read_index 9) (not false)) (= boundary (- phase_699 1)))))
 (let (($x189265 (and (and (= read_index 8) (not false)) (= boundary (- phase_690 1)))))
 (let (($x140070 (and (and (= read_index 7) (not false)) (= boundary (- phase_681 1)))))
 (let (($x147730 (and (and (= read_index 6) (not false)) (= boundary (- phase_672 1)))))
 (let (($x21871 (and (and (= read_index 5) (not false)) (= boundary (- phase_663 1)))))
 (let (($x10858 (and (and (= read_index 4) (not false)) (= boundary (- phase_654 1)))))
 (let (($x226600 (and (and (= read_index 3) (not false)) (= boundary (- phase_645 1)))))
 (let (($x153412 (and (and (= read_index 2) (not false)) (= boundary (- phase_636 1)))))
 (let (($x129434 (and (and (= read_index 1) (not false)) (= boundary (- phase_512 1)))))
 (let (($x84227 (and (and (= read_index 0) (not false)) (= boundary (- phase_423 1)))))
 (let (($x89724 (or (and $x84227 $x86144) (and $x129434 $x86144) (and $x153412 $x86144) (and $x226600 $x86144) (and $x10858 $x86144) (and $x21871 $x86144) (and $x147730 $x86144) (and $x140070 $x86144) (and $x189265 $x86144) (and $x110167 $x86144) (and $x47345 $x160413) (and $x186455 $x160413) (and $x137414 $x160413) (and $x150896 $x160413) (and $x227222 $x160413) (and $x112272 $x160413) (and $x107985 $x160413) (and $x165623 $x160413))))
 (and $x89724 (and (distinct ?x140830 read_value) true)))))))))))))))))))))))))))))))))))
(check-sat)
