(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_579 () Int)
(declare-fun phase_580 () Int)
(declare-fun phase_581 () Int)
(declare-fun phase_582 () Int)
(declare-fun phase_584 () Int)
(declare-fun phase_585 () Int)
(declare-fun phase_586 () Int)
(declare-fun phase_587 () Int)
(declare-fun phase_783 () Int)
(declare-fun phase_824 () Int)
(declare-fun phase_825 () Int)
(declare-fun phase_826 () Int)
(declare-fun phase_827 () Int)
(declare-fun phase_828 () Int)
(declare-fun phase_829 () Int)
(declare-fun phase_830 () Int)
(declare-fun phase_831 () Int)
(declare-fun phase_833 () Int)
(declare-fun read_value () Real)
(declare-fun x_823 () Real)
(declare-fun boundary () Int)
(declare-fun x_1144 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_579 22))
(assert
 (= phase_580 22))
(assert
 (= phase_581 22))
(assert
 (= phase_582 22))
(assert
 (= phase_584 22))
(assert
 (= phase_585 22))
(assert
 (= phase_586 22))
(assert
 (= phase_587 22))
(assert
 (= phase_783 12))
(assert
 (= phase_824 18))
(assert
 (= phase_825 18))
(assert
 (= phase_826 18))
(assert
 (= phase_827 18))
(assert
 (= phase_828 18))
(assert
 (= phase_829 18))
(assert
 (= phase_830 18))
(assert
 (= phase_831 18))
(assert
 (= phase_833 19))
(assert
 (let ((?x115022 (* (- 1.0) x_823)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x117007 (ite $x24162 ?x115022 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x113090 (ite $x208249 (* 1.0 x_823) 0.0)))
 (let ((?x64004 (* (- 1.0) x_1144)))
 (let (($x272189 (>= boundary 19)))
 (let ((?x65944 (ite $x272189 ?x64004 0.0)))
 (let (($x175310 (>= boundary 13)))
 (let ((?x33641 (ite $x175310 (* 1.0 x_1144) 0.0)))
 (let ((?x123338 (+ ?x33641 ?x65944 ?x113090 ?x117007)))
 (let (($x87606 (= read_value x_1144)))
 (let (($x112449 (= read_index 16)))
 (let (($x100015 (and (and $x112449 (not (= phase_783 (- phase_833 1)))) (= boundary (- phase_833 2)))))
 (let (($x155740 (and (and (= read_index 15) (not false)) (= boundary (- phase_831 1)))))
 (let (($x58485 (and (and (= read_index 14) (not false)) (= boundary (- phase_830 1)))))
 (let (($x84232 (and (and (= read_index 13) (not false)) (= boundary (- phase_829 1)))))
 (let (($x134201 (and (and (= read_index 12) (not false)) (= boundary (- phase_828 1)))))
 (let (($x114619 (and (and (= read_index 11) (not false)) (= boundary (- phase_827 1)))))
 (let (($x86747 (and (and (= read_index 10) (not false)) (= boundary (- phase_826 1)))))
 (let (($x222854 (and (and (= read_index 9) (not false)) (= boundary (- phase_825 1)))))
 (let (($x143239 (and (and (= read_index 8) (not false)) (= boundary (- phase_824 1)))))
 (let (($x30582 (= read_value x_823)))
 (let (($x145501 (and (and (= read_index 7) (not false)) (= boundary (- phase_587 1)))))
 (let (($x82797 (and (and (= read_index 6) (not false)) (= boundary (- phase_586 1)))))
 (let (($x73670 (and (and (= read_index 5) (not false)) (= boundary (- phase_585 1)))))
 (let (($x338262 (and (and (= read_index 4) (not false)) (= boundary (- phase_584 1)))))
 (let (($x100892 (and (and (= read_index 3) (not false)) (= boundary (- phase_582 1)))))
 (let (($x151402 (and (and (= read_index 2) (not false)) (= boundary (- phase_581 1)))))
 (let (($x74988 (and (and (= read_index 1) (not false)) (= boundary (- phase_580 1)))))
 (let (($x29776 (and (and (= read_index 0) (not false)) (= boundary (- phase_579 1)))))
 (let (($x121530 (or (and $x29776 $x30582) (and $x74988 $x30582) (and $x151402 $x30582) (and $x100892 $x30582) (and $x338262 $x30582) (and $x73670 $x30582) (and $x82797 $x30582) (and $x145501 $x30582) (and $x143239 $x87606) (and $x222854 $x87606) (and $x86747 $x87606) (and $x114619 $x87606) (and $x134201 $x87606) (and $x84232 $x87606) (and $x58485 $x87606) (and $x155740 $x87606) (and $x100015 $x87606))))
 (and $x121530 (and (distinct ?x123338 read_value) true)))))))))))))))))))))))))))))))))))
(check-sat)
