(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_740 () Int)
(declare-fun phase_741 () Int)
(declare-fun phase_742 () Int)
(declare-fun phase_743 () Int)
(declare-fun phase_745 () Int)
(declare-fun phase_746 () Int)
(declare-fun phase_747 () Int)
(declare-fun phase_748 () Int)
(declare-fun read_value () Real)
(declare-fun x_1039 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_740 22))
(assert
 (= phase_741 22))
(assert
 (= phase_742 22))
(assert
 (= phase_743 22))
(assert
 (= phase_745 22))
(assert
 (= phase_746 22))
(assert
 (= phase_747 22))
(assert
 (= phase_748 22))
(assert
 (let ((?x129875 (* (- 1.0) x_1039)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x135291 (ite $x24162 ?x129875 0.0)))
 (let ((?x153578 (+ (ite (>= boundary 21) (* 1.0 x_1039) 0.0) ?x135291)))
 (let (($x149093 (= read_value x_1039)))
 (let (($x182564 (and (and (= read_index 7) (not false)) (= boundary (- phase_748 1)))))
 (let (($x53657 (and (and (= read_index 6) (not false)) (= boundary (- phase_747 1)))))
 (let (($x101343 (and (and (= read_index 5) (not false)) (= boundary (- phase_746 1)))))
 (let (($x175586 (and (and (= read_index 4) (not false)) (= boundary (- phase_745 1)))))
 (let (($x33133 (and (and (= read_index 3) (not false)) (= boundary (- phase_743 1)))))
 (let (($x147688 (and (and (= read_index 2) (not false)) (= boundary (- phase_742 1)))))
 (let (($x253097 (and (and (= read_index 1) (not false)) (= boundary (- phase_741 1)))))
 (let (($x137414 (and (and (= read_index 0) (not false)) (= boundary (- phase_740 1)))))
 (let (($x167150 (or (and $x137414 $x149093) (and $x253097 $x149093) (and $x147688 $x149093) (and $x33133 $x149093) (and $x175586 $x149093) (and $x101343 $x149093) (and $x53657 $x149093) (and $x182564 $x149093))))
 (and $x167150 (and (distinct ?x153578 read_value) true)))))))))))))))))
(check-sat)
