(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_802 () Int)
(declare-fun phase_834 () Int)
(declare-fun phase_835 () Int)
(declare-fun phase_836 () Int)
(declare-fun phase_837 () Int)
(declare-fun phase_838 () Int)
(declare-fun phase_839 () Int)
(declare-fun phase_840 () Int)
(declare-fun phase_841 () Int)
(declare-fun phase_842 () Int)
(declare-fun phase_843 () Int)
(declare-fun phase_844 () Int)
(declare-fun phase_845 () Int)
(declare-fun phase_847 () Int)
(declare-fun read_value () Real)
(declare-fun x_1179 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_802 12))
(assert
 (= phase_834 22))
(assert
 (= phase_835 22))
(assert
 (= phase_836 22))
(assert
 (= phase_837 22))
(assert
 (= phase_838 22))
(assert
 (= phase_839 22))
(assert
 (= phase_840 22))
(assert
 (= phase_841 22))
(assert
 (= phase_842 22))
(assert
 (= phase_843 22))
(assert
 (= phase_844 22))
(assert
 (= phase_845 22))
(assert
 (= phase_847 23))
(assert
 (let ((?x68539 (* (- 1.0) x_1179)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x74857 (ite $x24162 ?x68539 0.0)))
 (let ((?x86513 (+ (ite (>= boundary 13) (* 1.0 x_1179) 0.0) ?x74857)))
 (let (($x94835 (= read_value x_1179)))
 (let (($x197388 (= read_index 12)))
 (let (($x129116 (and (and $x197388 (not (= phase_802 (- phase_847 1)))) (= boundary (- phase_847 2)))))
 (let (($x38056 (and (and (= read_index 11) (not false)) (= boundary (- phase_845 1)))))
 (let (($x140168 (and (and (= read_index 10) (not false)) (= boundary (- phase_844 1)))))
 (let (($x107947 (and (and (= read_index 9) (not false)) (= boundary (- phase_843 1)))))
 (let (($x211594 (and (and (= read_index 8) (not false)) (= boundary (- phase_842 1)))))
 (let (($x16653 (and (and (= read_index 7) (not false)) (= boundary (- phase_841 1)))))
 (let (($x94966 (and (and (= read_index 6) (not false)) (= boundary (- phase_840 1)))))
 (let (($x127093 (and (and (= read_index 5) (not false)) (= boundary (- phase_839 1)))))
 (let (($x107863 (and (and (= read_index 4) (not false)) (= boundary (- phase_838 1)))))
 (let (($x257249 (and (and (= read_index 3) (not false)) (= boundary (- phase_837 1)))))
 (let (($x225258 (and (and (= read_index 2) (not false)) (= boundary (- phase_836 1)))))
 (let (($x188965 (and (and (= read_index 1) (not false)) (= boundary (- phase_835 1)))))
 (let (($x92070 (and (and (= read_index 0) (not false)) (= boundary (- phase_834 1)))))
 (let (($x30719 (or (and $x92070 $x94835) (and $x188965 $x94835) (and $x225258 $x94835) (and $x257249 $x94835) (and $x107863 $x94835) (and $x127093 $x94835) (and $x94966 $x94835) (and $x16653 $x94835) (and $x211594 $x94835) (and $x107947 $x94835) (and $x140168 $x94835) (and $x38056 $x94835) (and $x129116 $x94835))))
 (and $x30719 (and (distinct ?x86513 read_value) true)))))))))))))))))))))))
(check-sat)
