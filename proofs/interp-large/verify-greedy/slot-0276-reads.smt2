(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_793 () Int)
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
(declare-fun x_1163 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_793 12))
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
 (let ((?x27322 (* (- 1.0) x_1163)))
 (let (($x38330 (>= boundary 31)))
 (let ((?x33726 (ite $x38330 ?x27322 0.0)))
 (let (($x175310 (>= boundary 13)))
 (let ((?x26985 (ite $x175310 (* 1.0 x_1163) 0.0)))
 (let ((?x56387 (+ ?x26985 ?x33726)))
 (let (($x82179 (= read_value x_1163)))
 (let (($x71205 (= read_index 20)))
 (let (($x143679 (and (and $x71205 (not (= phase_793 (- phase_887 1)))) (= boundary (- phase_887 2)))))
 (let (($x202716 (and (and (= read_index 19) (not false)) (= boundary (- phase_885 1)))))
 (let (($x219690 (and (and (= read_index 18) (not false)) (= boundary (- phase_884 1)))))
 (let (($x32827 (and (and (= read_index 17) (not false)) (= boundary (- phase_883 1)))))
 (let (($x8058 (and (and (= read_index 16) (not false)) (= boundary (- phase_882 1)))))
 (let (($x107600 (and (and (= read_index 15) (not false)) (= boundary (- phase_881 1)))))
 (let (($x221268 (and (and (= read_index 14) (not false)) (= boundary (- phase_880 1)))))
 (let (($x276944 (and (and (= read_index 13) (not false)) (= boundary (- phase_879 1)))))
 (let (($x218156 (and (and (= read_index 12) (not false)) (= boundary (- phase_878 1)))))
 (let (($x246078 (and (and (= read_index 11) (not false)) (= boundary (- phase_877 1)))))
 (let (($x158696 (and (and (= read_index 10) (not false)) (= boundary (- phase_876 1)))))
 (let (($x33631 (and (and (= read_index 9) (not false)) (= boundary (- phase_875 1)))))
 (let (($x189225 (and (and (= read_index 8) (not false)) (= boundary (- phase_874 1)))))
 (let (($x225113 (and (and (= read_index 7) (not false)) (= boundary (- phase_873 1)))))
 (let (($x196092 (and (and (= read_index 6) (not false)) (= boundary (- phase_872 1)))))
 (let (($x109716 (and (and (= read_index 5) (not false)) (= boundary (- phase_871 1)))))
 (let (($x213636 (and (and (= read_index 4) (not false)) (= boundary (- phase_870 1)))))
 (let (($x224786 (and (and (= read_index 3) (not false)) (= boundary (- phase_869 1)))))
 (let (($x165976 (and (and (= read_index 2) (not false)) (= boundary (- phase_868 1)))))
 (let (($x133856 (and (and (= read_index 1) (not false)) (= boundary (- phase_867 1)))))
 (let (($x64137 (and (and (= read_index 0) (not false)) (= boundary (- phase_866 1)))))
 (let (($x137795 (or (and $x64137 $x82179) (and $x133856 $x82179) (and $x165976 $x82179) (and $x224786 $x82179) (and $x213636 $x82179) (and $x109716 $x82179) (and $x196092 $x82179) (and $x225113 $x82179) (and $x189225 $x82179) (and $x33631 $x82179) (and $x158696 $x82179) (and $x246078 $x82179) (and $x218156 $x82179) (and $x276944 $x82179) (and $x221268 $x82179) (and $x107600 $x82179) (and $x8058 $x82179) (and $x32827 $x82179) (and $x219690 $x82179) (and $x202716 $x82179) (and $x143679 $x82179))))
 (and $x137795 (and (distinct ?x56387 read_value) true)))))))))))))))))))))))))))))))))
(check-sat)
