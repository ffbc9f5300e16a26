(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_785 () Int)
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
(declare-fun x_1149 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_785 12))
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
 (let ((?x54158 (* (- 1.0) x_1149)))
 (let (($x38330 (>= boundary 31)))
 (let ((?x77838 (ite $x38330 ?x54158 0.0)))
 (let ((?x99214 (+ (ite (>= boundary 13) (* 1.0 x_1149) 0.0) ?x77838)))
 (let (($x65954 (= read_value x_1149)))
 (let (($x71205 (= read_index 20)))
 (let (($x227126 (and (and $x71205 (not (= phase_785 (- phase_887 1)))) (= boundary (- phase_887 2)))))
 (let (($x132998 (and (and (= read_index 19) (not false)) (= boundary (- phase_885 1)))))
 (let (($x167771 (and (and (= read_index 18) (not false)) (= boundary (- phase_884 1)))))
 (let (($x32311 (and (and (= read_index 17) (not false)) (= boundary (- phase_883 1)))))
 (let (($x26985 (and (and (= read_index 16) (not false)) (= boundary (- phase_882 1)))))
 (let (($x103915 (and (and (= read_index 15) (not false)) (= boundary (- phase_881 1)))))
 (let (($x108217 (and (and (= read_index 14) (not false)) (= boundary (- phase_880 1)))))
 (let (($x127428 (and (and (= read_index 13) (not false)) (= boundary (- phase_879 1)))))
 (let (($x30396 (and (and (= read_index 12) (not false)) (= boundary (- phase_878 1)))))
 (let (($x29686 (and (and (= read_index 11) (not false)) (= boundary (- phase_877 1)))))
 (let (($x152383 (and (and (= read_index 10) (not false)) (= boundary (- phase_876 1)))))
 (let (($x89006 (and (and (= read_index 9) (not false)) (= boundary (- phase_875 1)))))
 (let (($x76662 (and (and (= read_index 8) (not false)) (= boundary (- phase_874 1)))))
 (let (($x46254 (and (and (= read_index 7) (not false)) (= boundary (- phase_873 1)))))
 (let (($x47071 (and (and (= read_index 6) (not false)) (= boundary (- phase_872 1)))))
 (let (($x181260 (and (and (= read_index 5) (not false)) (= boundary (- phase_871 1)))))
 (let (($x167103 (and (and (= read_index 4) (not false)) (= boundary (- phase_870 1)))))
 (let (($x248157 (and (and (= read_index 3) (not false)) (= boundary (- phase_869 1)))))
 (let (($x161695 (and (and (= read_index 2) (not false)) (= boundary (- phase_868 1)))))
 (let (($x129561 (and (and (= read_index 1) (not false)) (= boundary (- phase_867 1)))))
 (let (($x50032 (and (and (= read_index 0) (not false)) (= boundary (- phase_866 1)))))
 (let (($x188015 (or (and $x50032 $x65954) (and $x129561 $x65954) (and $x161695 $x65954) (and $x248157 $x65954) (and $x167103 $x65954) (and $x181260 $x65954) (and $x47071 $x65954) (and $x46254 $x65954) (and $x76662 $x65954) (and $x89006 $x65954) (and $x152383 $x65954) (and $x29686 $x65954) (and $x30396 $x65954) (and $x127428 $x65954) (and $x108217 $x65954) (and $x103915 $x65954) (and $x26985 $x65954) (and $x32311 $x65954) (and $x167771 $x65954) (and $x132998 $x65954) (and $x227126 $x65954))))
 (and $x188015 (and (distinct ?x99214 read_value) true)))))))))))))))))))))))))))))))
(check-sat)
