(set-logic QF_LIRA)
; 
(set-info :status unknown)
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
(declare-fun phase_1013 () Int)
(declare-fun read_value () Real)
(declare-fun x_1333 () Real)
(declare-fun boundary () Int)
(declare-fun x_1251 () Real)
(declare-fun read_index () Int)
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
 (= phase_1013 42))
(assert
 (let ((?x34452 (* (- 1.0) x_1333)))
 (let (($x139643 (>= boundary 43)))
 (let ((?x45731 (ite $x139643 ?x34452 0.0)))
 (let (($x145087 (>= boundary 33)))
 (let ((?x34140 (ite $x145087 (* 1.0 x_1333) 0.0)))
 (let ((?x11575 (* (- 1.0) x_1251)))
 (let (($x164108 (>= boundary 31)))
 (let ((?x24514 (ite $x164108 ?x11575 0.0)))
 (let (($x41424 (>= boundary 27)))
 (let ((?x9904 (ite $x41424 (* 1.0 x_1251) 0.0)))
 (let ((?x51480 (+ ?x9904 ?x24514 ?x34140 ?x45731)))
 (let (($x198504 (= read_value x_1333)))
 (let (($x75376 (and (and (= read_index 21) (not false)) (= boundary (- phase_1013 1)))))
 (let (($x76575 (= read_value x_1251)))
 (let (($x46435 (and (and (= read_index 20) (not false)) (= boundary (- phase_887 2)))))
 (let (($x11964 (and (and (= read_index 19) (not false)) (= boundary (- phase_885 1)))))
 (let (($x103567 (and (and (= read_index 18) (not false)) (= boundary (- phase_884 1)))))
 (let (($x122390 (and (and (= read_index 17) (not false)) (= boundary (- phase_883 1)))))
 (let (($x231085 (and (and (= read_index 16) (not false)) (= boundary (- phase_882 1)))))
 (let (($x51520 (and (and (= read_index 15) (not false)) (= boundary (- phase_881 1)))))
 (let (($x161540 (and (and (= read_index 14) (not false)) (= boundary (- phase_880 1)))))
 (let (($x78426 (and (and (= read_index 13) (not false)) (= boundary (- phase_879 1)))))
 (let (($x58616 (and (and (= read_index 12) (not false)) (= boundary (- phase_878 1)))))
 (let (($x211140 (and (and (= read_index 11) (not false)) (= boundary (- phase_877 1)))))
 (let (($x84871 (and (and (= read_index 10) (not false)) (= boundary (- phase_876 1)))))
 (let (($x144130 (and (and (= read_index 9) (not false)) (= boundary (- phase_875 1)))))
 (let (($x93888 (and (and (= read_index 8) (not false)) (= boundary (- phase_874 1)))))
 (let (($x2882 (and (and (= read_index 7) (not false)) (= boundary (- phase_873 1)))))
 (let (($x129549 (and (and (= read_index 6) (not false)) (= boundary (- phase_872 1)))))
 (let (($x107966 (and (and (= read_index 5) (not false)) (= boundary (- phase_871 1)))))
 (let (($x219338 (and (and (= read_index 4) (not false)) (= boundary (- phase_870 1)))))
 (let (($x174105 (and (and (= read_index 3) (not false)) (= boundary (- phase_869 1)))))
 (let (($x141223 (and (and (= read_index 2) (not false)) (= boundary (- phase_868 1)))))
 (let (($x127160 (and (and (= read_index 1) (not false)) (= boundary (- phase_867 1)))))
 (let (($x72280 (and (and (= read_index 0) (not false)) (= boundary (- phase_866 1)))))
 (let (($x223788 (or (and $x72280 $x76575) (and $x127160 $x76575) (and $x141223 $x76575) (and $x174105 $x76575) (and $x219338 $x76575) (and $x107966 $x76575) (and $x129549 $x76575) (and $x2882 $x76575) (and $x93888 $x76575) (and $x144130 $x76575) (and $x84871 $x76575) (and $x211140 $x76575) (and $x58616 $x76575) (and $x78426 $x76575) (and $x161540 $x76575) (and $x51520 $x76575) (and $x231085 $x76575) (and $x122390 $x76575) (and $x103567 $x76575) (and $x11964 $x76575) (and $x46435 $x76575) (and $x75376 $x198504))))
 (and $x223788 (and (distinct ?x51480 read_value) true)))))))))))))))))))))))))))))))))))))))
(check-sat)
