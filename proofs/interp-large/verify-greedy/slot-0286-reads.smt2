(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_798 () Int)
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
(declare-fun x_1173 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_798 12))
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
 (let ((?x75207 (* (- 1.0) x_1173)))
 (let (($x38330 (>= boundary 31)))
 (let ((?x89853 (ite $x38330 ?x75207 0.0)))
 (let ((?x117461 (+ (ite (>= boundary 13) (* 1.0 x_1173) 0.0) ?x89853)))
 (let (($x70703 (= read_value x_1173)))
 (let (($x71205 (= read_index 20)))
 (let (($x83049 (and (and $x71205 (not (= phase_798 (- phase_887 1)))) (= boundary (- phase_887 2)))))
 (let (($x69166 (and (and (= read_index 19) (not false)) (= boundary (- phase_885 1)))))
 (let (($x260444 (and (and (= read_index 18) (not false)) (= boundary (- phase_884 1)))))
 (let (($x50733 (and (and (= read_index 17) (not false)) (= boundary (- phase_883 1)))))
 (let (($x121039 (and (and (= read_index 16) (not false)) (= boundary (- phase_882 1)))))
 (let (($x65401 (and (and (= read_index 15) (not false)) (= boundary (- phase_881 1)))))
 (let (($x160475 (and (and (= read_index 14) (not false)) (= boundary (- phase_880 1)))))
 (let (($x224178 (and (and (= read_index 13) (not false)) (= boundary (- phase_879 1)))))
 (let (($x160084 (and (and (= read_index 12) (not false)) (= boundary (- phase_878 1)))))
 (let (($x21816 (and (and (= read_index 11) (not false)) (= boundary (- phase_877 1)))))
 (let (($x58177 (and (and (= read_index 10) (not false)) (= boundary (- phase_876 1)))))
 (let (($x227088 (and (and (= read_index 9) (not false)) (= boundary (- phase_875 1)))))
 (let (($x219050 (and (and (= read_index 8) (not false)) (= boundary (- phase_874 1)))))
 (let (($x133884 (and (and (= read_index 7) (not false)) (= boundary (- phase_873 1)))))
 (let (($x75184 (and (and (= read_index 6) (not false)) (= boundary (- phase_872 1)))))
 (let (($x149609 (and (and (= read_index 5) (not false)) (= boundary (- phase_871 1)))))
 (let (($x209970 (and (and (= read_index 4) (not false)) (= boundary (- phase_870 1)))))
 (let (($x218930 (and (and (= read_index 3) (not false)) (= boundary (- phase_869 1)))))
 (let (($x162226 (and (and (= read_index 2) (not false)) (= boundary (- phase_868 1)))))
 (let (($x129538 (and (and (= read_index 1) (not false)) (= boundary (- phase_867 1)))))
 (let (($x40859 (and (and (= read_index 0) (not false)) (= boundary (- phase_866 1)))))
 (let (($x217996 (or (and $x40859 $x70703) (and $x129538 $x70703) (and $x162226 $x70703) (and $x218930 $x70703) (and $x209970 $x70703) (and $x149609 $x70703) (and $x75184 $x70703) (and $x133884 $x70703) (and $x219050 $x70703) (and $x227088 $x70703) (and $x58177 $x70703) (and $x21816 $x70703) (and $x160084 $x70703) (and $x224178 $x70703) (and $x160475 $x70703) (and $x65401 $x70703) (and $x121039 $x70703) (and $x50733 $x70703) (and $x260444 $x70703) (and $x69166 $x70703) (and $x83049 $x70703))))
 (and $x217996 (and (distinct ?x117461 read_value) true)))))))))))))))))))))))))))))))
(check-sat)
