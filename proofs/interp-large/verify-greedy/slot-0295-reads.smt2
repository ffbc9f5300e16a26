(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_803 () Int)
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
(declare-fun x_1182 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_803 12))
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
 (let ((?x51524 (* (- 1.0) x_1182)))
 (let (($x38330 (>= boundary 31)))
 (let ((?x89969 (ite $x38330 ?x51524 0.0)))
 (let (($x175310 (>= boundary 13)))
 (let ((?x43564 (ite $x175310 (* 1.0 x_1182) 0.0)))
 (let ((?x95926 (+ ?x43564 ?x89969)))
 (let (($x52554 (= read_value x_1182)))
 (let (($x71205 (= read_index 20)))
 (let (($x77613 (and (and $x71205 (not (= phase_803 (- phase_887 1)))) (= boundary (- phase_887 2)))))
 (let (($x101318 (and (and (= read_index 19) (not false)) (= boundary (- phase_885 1)))))
 (let (($x58185 (and (and (= read_index 18) (not false)) (= boundary (- phase_884 1)))))
 (let (($x127591 (and (and (= read_index 17) (not false)) (= boundary (- phase_883 1)))))
 (let (($x40261 (and (and (= read_index 16) (not false)) (= boundary (- phase_882 1)))))
 (let (($x216357 (and (and (= read_index 15) (not false)) (= boundary (- phase_881 1)))))
 (let (($x133260 (and (and (= read_index 14) (not false)) (= boundary (- phase_880 1)))))
 (let (($x74612 (and (and (= read_index 13) (not false)) (= boundary (- phase_879 1)))))
 (let (($x183580 (and (and (= read_index 12) (not false)) (= boundary (- phase_878 1)))))
 (let (($x125619 (and (and (= read_index 11) (not false)) (= boundary (- phase_877 1)))))
 (let (($x153723 (and (and (= read_index 10) (not false)) (= boundary (- phase_876 1)))))
 (let (($x33823 (and (and (= read_index 9) (not false)) (= boundary (- phase_875 1)))))
 (let (($x65261 (and (and (= read_index 8) (not false)) (= boundary (- phase_874 1)))))
 (let (($x199818 (and (and (= read_index 7) (not false)) (= boundary (- phase_873 1)))))
 (let (($x144731 (and (and (= read_index 6) (not false)) (= boundary (- phase_872 1)))))
 (let (($x197101 (and (and (= read_index 5) (not false)) (= boundary (- phase_871 1)))))
 (let (($x82004 (and (and (= read_index 4) (not false)) (= boundary (- phase_870 1)))))
 (let (($x164463 (and (and (= read_index 3) (not false)) (= boundary (- phase_869 1)))))
 (let (($x116336 (and (and (= read_index 2) (not false)) (= boundary (- phase_868 1)))))
 (let (($x88797 (and (and (= read_index 1) (not false)) (= boundary (- phase_867 1)))))
 (let (($x50250 (and (and (= read_index 0) (not false)) (= boundary (- phase_866 1)))))
 (let (($x155016 (or (and $x50250 $x52554) (and $x88797 $x52554) (and $x116336 $x52554) (and $x164463 $x52554) (and $x82004 $x52554) (and $x197101 $x52554) (and $x144731 $x52554) (and $x199818 $x52554) (and $x65261 $x52554) (and $x33823 $x52554) (and $x153723 $x52554) (and $x125619 $x52554) (and $x183580 $x52554) (and $x74612 $x52554) (and $x133260 $x52554) (and $x216357 $x52554) (and $x40261 $x52554) (and $x127591 $x52554) (and $x58185 $x52554) (and $x101318 $x52554) (and $x77613 $x52554))))
 (and $x155016 (and (distinct ?x95926 read_value) true)))))))))))))))))))))))))))))))))
(check-sat)
