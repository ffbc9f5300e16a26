(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_581 () Int)
(declare-fun phase_582 () Int)
(declare-fun phase_584 () Int)
(declare-fun phase_585 () Int)
(declare-fun phase_586 () Int)
(declare-fun phase_587 () Int)
(declare-fun phase_588 () Int)
(declare-fun phase_589 () Int)
(declare-fun phase_789 () Int)
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
(declare-fun x_825 () Real)
(declare-fun boundary () Int)
(declare-fun x_1156 () Real)
(declare-fun read_index () Int)
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
 (= phase_588 22))
(assert
 (= phase_589 22))
(assert
 (= phase_789 12))
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
 (let ((?x124557 (* (- 1.0) x_825)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x133820 (ite $x24162 ?x124557 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x122641 (ite $x208249 (* 1.0 x_825) 0.0)))
 (let ((?x92136 (* (- 1.0) x_1156)))
 (let (($x272189 (>= boundary 19)))
 (let ((?x110158 (ite $x272189 ?x92136 0.0)))
 (let (($x175310 (>= boundary 13)))
 (let ((?x86119 (ite $x175310 (* 1.0 x_1156) 0.0)))
 (let ((?x137849 (+ ?x86119 ?x110158 ?x122641 ?x133820)))
 (let (($x119706 (= read_value x_1156)))
 (let (($x112449 (= read_index 16)))
 (let (($x137924 (and (and $x112449 (not (= phase_789 (- phase_833 1)))) (= boundary (- phase_833 2)))))
 (let (($x110151 (and (and (= read_index 15) (not false)) (= boundary (- phase_831 1)))))
 (let (($x157506 (and (and (= read_index 14) (not false)) (= boundary (- phase_830 1)))))
 (let (($x157298 (and (and (= read_index 13) (not false)) (= boundary (- phase_829 1)))))
 (let (($x288553 (and (and (= read_index 12) (not false)) (= boundary (- phase_828 1)))))
 (let (($x140005 (and (and (= read_index 11) (not false)) (= boundary (- phase_827 1)))))
 (let (($x167231 (and (and (= read_index 10) (not false)) (= boundary (- phase_826 1)))))
 (let (($x211500 (and (and (= read_index 9) (not false)) (= boundary (- phase_825 1)))))
 (let (($x140719 (and (and (= read_index 8) (not false)) (= boundary (- phase_824 1)))))
 (let (($x66099 (= read_value x_825)))
 (let (($x70489 (and (and (= read_index 7) (not false)) (= boundary (- phase_589 1)))))
 (let (($x131658 (and (and (= read_index 6) (not false)) (= boundary (- phase_588 1)))))
 (let (($x72258 (and (and (= read_index 5) (not false)) (= boundary (- phase_587 1)))))
 (let (($x164771 (and (and (= read_index 4) (not false)) (= boundary (- phase_586 1)))))
 (let (($x84939 (and (and (= read_index 3) (not false)) (= boundary (- phase_585 1)))))
 (let (($x146989 (and (and (= read_index 2) (not false)) (= boundary (- phase_584 1)))))
 (let (($x131660 (and (and (= read_index 1) (not false)) (= boundary (- phase_582 1)))))
 (let (($x52641 (and (and (= read_index 0) (not false)) (= boundary (- phase_581 1)))))
 (let (($x27930 (or (and $x52641 $x66099) (and $x131660 $x66099) (and $x146989 $x66099) (and $x84939 $x66099) (and $x164771 $x66099) (and $x72258 $x66099) (and $x131658 $x66099) (and $x70489 $x66099) (and $x140719 $x119706) (and $x211500 $x119706) (and $x167231 $x119706) (and $x140005 $x119706) (and $x288553 $x119706) (and $x157298 $x119706) (and $x157506 $x119706) (and $x110151 $x119706) (and $x137924 $x119706))))
 (and $x27930 (and (distinct ?x137849 read_value) true)))))))))))))))))))))))))))))))))))
(check-sat)
