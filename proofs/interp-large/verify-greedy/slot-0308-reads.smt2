(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_811 () Int)
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
(declare-fun x_1195 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_811 12))
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
 (let ((?x58185 (* (- 1.0) x_1195)))
 (let (($x38330 (>= boundary 31)))
 (let ((?x61064 (ite $x38330 ?x58185 0.0)))
 (let (($x175310 (>= boundary 13)))
 (let ((?x42213 (ite $x175310 (* 1.0 x_1195) 0.0)))
 (let ((?x61281 (+ ?x42213 ?x61064)))
 (let (($x61900 (= read_value x_1195)))
 (let (($x71205 (= read_index 20)))
 (let (($x881 (and (and $x71205 (not (= phase_811 (- phase_887 1)))) (= boundary (- phase_887 2)))))
 (let (($x182363 (and (and (= read_index 19) (not false)) (= boundary (- phase_885 1)))))
 (let (($x31942 (and (and (= read_index 18) (not false)) (= boundary (- phase_884 1)))))
 (let (($x104612 (and (and (= read_index 17) (not false)) (= boundary (- phase_883 1)))))
 (let (($x137839 (and (and (= read_index 16) (not false)) (= boundary (- phase_882 1)))))
 (let (($x88540 (and (and (= read_index 15) (not false)) (= boundary (- phase_881 1)))))
 (let (($x146625 (and (and (= read_index 14) (not false)) (= boundary (- phase_880 1)))))
 (let (($x223679 (and (and (= read_index 13) (not false)) (= boundary (- phase_879 1)))))
 (let (($x192071 (and (and (= read_index 12) (not false)) (= boundary (- phase_878 1)))))
 (let (($x29953 (and (and (= read_index 11) (not false)) (= boundary (- phase_877 1)))))
 (let (($x175636 (and (and (= read_index 10) (not false)) (= boundary (- phase_876 1)))))
 (let (($x76802 (and (and (= read_index 9) (not false)) (= boundary (- phase_875 1)))))
 (let (($x224861 (and (and (= read_index 8) (not false)) (= boundary (- phase_874 1)))))
 (let (($x56150 (and (and (= read_index 7) (not false)) (= boundary (- phase_873 1)))))
 (let (($x126367 (and (and (= read_index 6) (not false)) (= boundary (- phase_872 1)))))
 (let (($x31627 (and (and (= read_index 5) (not false)) (= boundary (- phase_871 1)))))
 (let (($x129022 (and (and (= read_index 4) (not false)) (= boundary (- phase_870 1)))))
 (let (($x215437 (and (and (= read_index 3) (not false)) (= boundary (- phase_869 1)))))
 (let (($x174711 (and (and (= read_index 2) (not false)) (= boundary (- phase_868 1)))))
 (let (($x115636 (and (and (= read_index 1) (not false)) (= boundary (- phase_867 1)))))
 (let (($x57481 (and (and (= read_index 0) (not false)) (= boundary (- phase_866 1)))))
 (let (($x43019 (or (and $x57481 $x61900) (and $x115636 $x61900) (and $x174711 $x61900) (and $x215437 $x61900) (and $x129022 $x61900) (and $x31627 $x61900) (and $x126367 $x61900) (and $x56150 $x61900) (and $x224861 $x61900) (and $x76802 $x61900) (and $x175636 $x61900) (and $x29953 $x61900) (and $x192071 $x61900) (and $x223679 $x61900) (and $x146625 $x61900) (and $x88540 $x61900) (and $x137839 $x61900) (and $x104612 $x61900) (and $x31942 $x61900) (and $x182363 $x61900) (and $x881 $x61900))))
 (and $x43019 (and (distinct ?x61281 read_value) true)))))))))))))))))))))))))))))))))
(check-sat)
