(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_786 () Int)
(declare-fun phase_866 () Int)
(declare-fun phase_867 () Int)
(declare-fun phase_868 () Int)
(declare-fun phase_869 () Int)
(declare-fun phase_870 () Int)
(declare-fun phase_871 () Int)
(declare-fun phase_872 () Int)
(declare-fun phase_873 () Int)
(declare-fun phase_874 () Int)
(declare-fun phase_875 () Int)
(declare-fun phase_876 () Int)
(declare-fun phase_877 () Int)
(declare-fun phase_878 () Int)
(declare-fun phase_879 () Int)
(declare-fun phase_880 () Int)
(declare-fun phase_881 () Int)
(declare-fun phase_882 () Int)
(declare-fun phase_883 () Int)
(declare-fun phase_884 () Int)
(declare-fun phase_885 () Int)
(declare-fun phase_887 () Int)
(declare-fun read_value () Real)
(declare-fun x_1150 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_786 12))
(assert
 (= phase_866 30))
(assert
 (= phase_867 30))
(assert
 (= phase_868 30))
(assert
 (= phase_869 30))
(assert
 (= phase_870 30))
(assert
 (= phase_871 30))
(assert
 (= phase_872 30))
(assert
 (= phase_873 30))
(assert
 (= phase_874 30))
(assert
 (= phase_875 30))
(assert
 (= phase_876 30))
(assert
 (= phase_877 30))
(assert
 (= phase_878 30))
(assert
 (= phase_879 30))
(assert
 (= phase_880 30))
(assert
 (= phase_881 30))
(assert
 (= phase_882 30))
(assert
 (= phase_883 30))
(assert
 (= phase_884 30))
(assert
 (= phase_885 30))
(assert
 (= phase_887 31))
(assert
 (let ((?x51303 (* (- 1.0) x_1150)))
 (let (($x38330 (>= boundary 31)))
 (let ((?x87639 (ite $x38330 ?x51303 0.0)))
 (let (($x175310 (>= boundary 13)))
 (let ((?x46254 (ite $x175310 (* 1.0 x_1150) 0.0)))
 (let ((?x92155 (+ ?x46254 ?x87639)))
 (let (($x55321 (= read_value x_1150)))
 (let (($x71205 (= read_index 20)))
 (let (($x98945 (and (and $x71205 (not (= phase_786 (- phase_887 1)))) (= boundary (- phase_887 2)))))
 (let (($x137288 (and (and (= read_index 19) (not false)) (= boundary (- phase_885 1)))))
 (let (($x188015 (and (and (= read_index 18) (not false)) (= boundary (- phase_884 1)))))
 (let (($x165663 (and (and (= read_index 17) (not false)) (= boundary (- phase_883 1)))))
 (let (($x110151 (and (and (= read_index 16) (not false)) (= boundary (- phase_882 1)))))
 (let (($x60401 (and (and (= read_index 15) (not false)) (= boundary (- phase_881 1)))))
 (let (($x39136 (and (and (= read_index 14) (not false)) (= boundary (- phase_880 1)))))
 (let (($x227811 (and (and (= read_index 13) (not false)) (= boundary (- phase_879 1)))))
 (let (($x27512 (and (and (= read_index 12) (not false)) (= boundary (- phase_878 1)))))
 (let (($x128707 (and (and (= read_index 11) (not false)) (= boundary (- phase_877 1)))))
 (let (($x175640 (and (and (= read_index 10) (not false)) (= boundary (- phase_876 1)))))
 (let (($x165944 (and (and (= read_index 9) (not false)) (= boundary (- phase_875 1)))))
 (let (($x217271 (and (and (= read_index 8) (not false)) (= boundary (- phase_874 1)))))
 (let (($x227088 (and (and (= read_index 7) (not false)) (= boundary (- phase_873 1)))))
 (let (($x99241 (and (and (= read_index 6) (not false)) (= boundary (- phase_872 1)))))
 (let (($x113618 (and (and (= read_index 5) (not false)) (= boundary (- phase_871 1)))))
 (let (($x29990 (and (and (= read_index 4) (not false)) (= boundary (- phase_870 1)))))
 (let (($x211524 (and (and (= read_index 3) (not false)) (= boundary (- phase_869 1)))))
 (let (($x152744 (and (and (= read_index 2) (not false)) (= boundary (- phase_868 1)))))
 (let (($x95560 (and (and (= read_index 1) (not false)) (= boundary (- phase_867 1)))))
 (let (($x46346 (and (and (= read_index 0) (not false)) (= boundary (- phase_866 1)))))
 (let (($x219451 (or (and $x46346 $x55321) (and $x95560 $x55321) (and $x152744 $x55321) (and $x211524 $x55321) (and $x29990 $x55321) (and $x113618 $x55321) (and $x99241 $x55321) (and $x227088 $x55321) (and $x217271 $x55321) (and $x165944 $x55321) (and $x175640 $x55321) (and $x128707 $x55321) (and $x27512 $x55321) (and $x227811 $x55321) (and $x39136 $x55321) (and $x60401 $x55321) (and $x110151 $x55321) (and $x165663 $x55321) (and $x188015 $x55321) (and $x137288 $x55321) (and $x98945 $x55321))))
 (and $x219451 (and (distinct ?x92155 read_value) true)))))))))))))))))))))))))))))))))
(check-sat)
