(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_578 () Int)
(declare-fun phase_579 () Int)
(declare-fun phase_580 () Int)
(declare-fun phase_581 () Int)
(declare-fun phase_582 () Int)
(declare-fun phase_584 () Int)
(declare-fun phase_585 () Int)
(declare-fun phase_586 () Int)
(declare-fun phase_782 () Int)
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
(declare-fun x_822 () Real)
(declare-fun boundary () Int)
(declare-fun x_1143 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_578 22))
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
 (= phase_782 12))
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
 (let ((?x90510 (* (- 1.0) x_822)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x113766 (ite $x24162 ?x90510 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x88221 (ite $x208249 (* 1.0 x_822) 0.0)))
 (let ((?x54248 (* (- 1.0) x_1143)))
 (let (($x272189 (>= boundary 19)))
 (let ((?x72742 (ite $x272189 ?x54248 0.0)))
 (let (($x175310 (>= boundary 13)))
 (let ((?x54227 (ite $x175310 (* 1.0 x_1143) 0.0)))
 (let ((?x121198 (+ ?x54227 ?x72742 ?x88221 ?x113766)))
 (let (($x23205 (= read_value x_1143)))
 (let (($x112449 (= read_index 16)))
 (let (($x211571 (and (and $x112449 (not (= phase_782 (- phase_833 1)))) (= boundary (- phase_833 2)))))
 (let (($x338209 (and (and (= read_index 15) (not false)) (= boundary (- phase_831 1)))))
 (let (($x227826 (and (and (= read_index 14) (not false)) (= boundary (- phase_830 1)))))
 (let (($x4165 (and (and (= read_index 13) (not false)) (= boundary (- phase_829 1)))))
 (let (($x141117 (and (and (= read_index 12) (not false)) (= boundary (- phase_828 1)))))
 (let (($x195879 (and (and (= read_index 11) (not false)) (= boundary (- phase_827 1)))))
 (let (($x117557 (and (and (= read_index 10) (not false)) (= boundary (- phase_826 1)))))
 (let (($x124443 (and (and (= read_index 9) (not false)) (= boundary (- phase_825 1)))))
 (let (($x276291 (and (and (= read_index 8) (not false)) (= boundary (- phase_824 1)))))
 (let (($x64350 (= read_value x_822)))
 (let (($x130645 (and (and (= read_index 7) (not false)) (= boundary (- phase_586 1)))))
 (let (($x109715 (and (and (= read_index 6) (not false)) (= boundary (- phase_585 1)))))
 (let (($x183643 (and (and (= read_index 5) (not false)) (= boundary (- phase_584 1)))))
 (let (($x165580 (and (and (= read_index 4) (not false)) (= boundary (- phase_582 1)))))
 (let (($x84827 (and (and (= read_index 3) (not false)) (= boundary (- phase_581 1)))))
 (let (($x202779 (and (and (= read_index 2) (not false)) (= boundary (- phase_580 1)))))
 (let (($x147192 (and (and (= read_index 1) (not false)) (= boundary (- phase_579 1)))))
 (let (($x53669 (and (and (= read_index 0) (not false)) (= boundary (- phase_578 1)))))
 (let (($x140088 (or (and $x53669 $x64350) (and $x147192 $x64350) (and $x202779 $x64350) (and $x84827 $x64350) (and $x165580 $x64350) (and $x183643 $x64350) (and $x109715 $x64350) (and $x130645 $x64350) (and $x276291 $x23205) (and $x124443 $x23205) (and $x117557 $x23205) (and $x195879 $x23205) (and $x141117 $x23205) (and $x4165 $x23205) (and $x227826 $x23205) (and $x338209 $x23205) (and $x211571 $x23205))))
 (and $x140088 (and (distinct ?x121198 read_value) true)))))))))))))))))))))))))))))))))))
(check-sat)
