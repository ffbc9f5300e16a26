(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_703 () Int)
(declare-fun phase_782 () Int)
(declare-fun phase_791 () Int)
(declare-fun phase_824 () Int)
(declare-fun phase_825 () Int)
(declare-fun phase_826 () Int)
(declare-fun phase_827 () Int)
(declare-fun phase_828 () Int)
(declare-fun phase_829 () Int)
(declare-fun phase_830 () Int)
(declare-fun phase_831 () Int)
(declare-fun phase_833 () Int)
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
(declare-fun phase_972 () Int)
(declare-fun phase_977 () Int)
(declare-fun read_value () Real)
(declare-fun x_1366 () Real)
(declare-fun boundary () Int)
(declare-fun x_958 () Real)
(declare-fun x_1159 () Real)
(declare-fun x_1143 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_703 28))
(assert
 (= phase_782 12))
(assert
 (= phase_791 20))
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
 (= phase_972 30))
(assert
 (= phase_977 51))
(assert
 (let ((?x146583 (* (- 1.0) x_1366)))
 (let (($x306816 (>= boundary 51)))
 (let ((?x147235 (ite $x306816 ?x146583 0.0)))
 (let (($x164108 (>= boundary 31)))
 (let ((?x145196 (ite $x164108 (* 1.0 x_1366) 0.0)))
 (let ((?x110541 (* (- 1.0) x_958)))
 (let (($x135546 (>= boundary 29)))
 (let ((?x113621 (ite $x135546 ?x110541 0.0)))
 (let (($x41424 (>= boundary 27)))
 (let ((?x100340 (ite $x41424 (* 1.0 x_958) 0.0)))
 (let ((?x77185 (* (- 1.0) x_1159)))
 (let (($x188768 (>= boundary 23)))
 (let ((?x86882 (ite $x188768 ?x77185 0.0)))
 (let (($x136366 (>= boundary 21)))
 (let ((?x68989 (ite $x136366 (* 1.0 x_1159) 0.0)))
 (let ((?x39838 (* (- 1.0) x_1143)))
 (let (($x102267 (>= boundary 19)))
 (let ((?x48628 (ite $x102267 ?x39838 0.0)))
 (let (($x101887 (>= boundary 13)))
 (let ((?x38835 (ite $x101887 (* 1.0 x_1143) 0.0)))
 (let ((?x148905 (+ ?x38835 ?x48628 ?x68989 ?x86882 ?x100340 ?x113621 ?x145196 ?x147235)))
 (let (($x220190 (= read_value x_1366)))
 (let (($x185288 (= read_index 23)))
 (let (($x113811 (and (and $x185288 (not (= phase_972 (- phase_977 1)))) (= boundary (- phase_977 2)))))
 (let (($x124401 (= read_value x_1159)))
 (let (($x45700 (= read_index 22)))
 (let (($x215474 (and (and $x45700 (not (= phase_791 (- phase_847 1)))) (= boundary (- phase_847 2)))))
 (let (($x21081 (and (and (= read_index 21) (not false)) (= boundary (- phase_845 1)))))
 (let (($x120669 (and (and (= read_index 20) (not false)) (= boundary (- phase_844 1)))))
 (let (($x100007 (and (and (= read_index 19) (not false)) (= boundary (- phase_843 1)))))
 (let (($x79843 (and (and (= read_index 18) (not false)) (= boundary (- phase_842 1)))))
 (let (($x111064 (and (and (= read_index 17) (not false)) (= boundary (- phase_841 1)))))
 (let (($x110518 (and (and (= read_index 16) (not false)) (= boundary (- phase_840 1)))))
 (let (($x102056 (and (and (= read_index 15) (not false)) (= boundary (- phase_839 1)))))
 (let (($x102605 (and (and (= read_index 14) (not false)) (= boundary (- phase_838 1)))))
 (let (($x20867 (and (and (= read_index 13) (not false)) (= boundary (- phase_837 1)))))
 (let (($x24467 (and (and (= read_index 12) (not false)) (= boundary (- phase_836 1)))))
 (let (($x124093 (and (and (= read_index 11) (not false)) (= boundary (- phase_835 1)))))
 (let (($x233209 (and (and (= read_index 10) (not false)) (= boundary (- phase_834 1)))))
 (let (($x93358 (= read_value x_1143)))
 (let (($x107901 (= read_index 9)))
 (let (($x144462 (and (and $x107901 (not (= phase_782 (- phase_833 1)))) (= boundary (- phase_833 2)))))
 (let (($x124364 (and (and (= read_index 8) (not false)) (= boundary (- phase_831 1)))))
 (let (($x156778 (and (and (= read_index 7) (not false)) (= boundary (- phase_830 1)))))
 (let (($x125694 (and (and (= read_index 6) (not false)) (= boundary (- phase_829 1)))))
 (let (($x53854 (and (and (= read_index 5) (not false)) (= boundary (- phase_828 1)))))
 (let (($x213293 (and (and (= read_index 4) (not false)) (= boundary (- phase_827 1)))))
 (let (($x151155 (and (and (= read_index 3) (not false)) (= boundary (- phase_826 1)))))
 (let (($x111766 (and (and (= read_index 2) (not false)) (= boundary (- phase_825 1)))))
 (let (($x91753 (and (and (= read_index 1) (not false)) (= boundary (- phase_824 1)))))
 (let (($x50568 (= read_value x_958)))
 (let (($x48672 (and (and (= read_index 0) (not false)) (= boundary (- phase_703 1)))))
 (let (($x183669 (or (and $x48672 $x50568) (and $x91753 $x93358) (and $x111766 $x93358) (and $x151155 $x93358) (and $x213293 $x93358) (and $x53854 $x93358) (and $x125694 $x93358) (and $x156778 $x93358) (and $x124364 $x93358) (and $x144462 $x93358) (and $x233209 $x124401) (and $x124093 $x124401) (and $x24467 $x124401) (and $x20867 $x124401) (and $x102605 $x124401) (and $x102056 $x124401) (and $x110518 $x124401) (and $x111064 $x124401) (and $x79843 $x124401) (and $x100007 $x124401) (and $x120669 $x124401) (and $x21081 $x124401) (and $x215474 $x124401) (and $x113811 $x220190))))
 (and $x183669 (and (distinct ?x148905 read_value) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
