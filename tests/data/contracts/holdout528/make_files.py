"""holdout528: builds ten blind, ordinary draft contracts (5 zh, 5 en) and their labels, then checks them.

Run: /work/main/.venv/bin/python -B make_files.py   (writes only into this folder)
- sources of all ten drafts are kept below (.txt/.md written as is; .docx/.pdf through ../word_pdf.py markup);
- labels (.json) are written from the LABELS dict; expected rules are derived from the labels by my own reading of
  policy.md section 3 (function rules_from_labels), compared with the design list and checked for full coverage;
- every built file is read back (python-docx / pypdf / text), lengths are checked against the brief's ranges, and
  every built file and source is scanned for threshold figures (self-tested regexes).
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:临江市人民防空办公室防空警报控制平台采购合同
P:合同编号：LJRF-ZFCG-2026-017　　采购方式：公开招标（政府采购）
P:甲方（采购人）：临江市人民防空办公室　　地址：临江市滨江大道188号
P:乙方（供应商）：江城安信智能科技有限公司　　地址：江城市高新区科创路66号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方就临江市防空警报控制平台（以下简称“平台”）软件许可及定制开发事项，经协商一致，订立本合同。招标文件、投标文件及中标通知书为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供警报控制平台软件许可（永久使用，含市级中心1套、区县分中心9套），并完成以下定制开发：多制式警报终端（电声、电动、多媒体）接入适配；警报信号分级发放与联动模块；警报器状态“一张图”展示；与市应急指挥系统、广电应急广播系统的接口。
P:1.2 乙方负责平台部署、数据初始化、联调、试鸣保障及培训，使平台满足招标文件技术要求。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰壹拾陆万元整（¥2,160,000），为固定总价，包含许可、开发、实施、税费及质保期内全部服务费用。明细如下：
TB:序号|项目|金额（元）
TB:1|警报控制平台软件许可（市级1套、区县9套）|1,280,000
TB:2|定制开发（终端接入适配、分级发放联动、一张图、外部接口）|736,000
TB:3|部署实施及联调|118,000
TB:4|培训（操作员及管理员）|26,000
TB:合计||2,160,000
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后15日内，甲方支付合同总价的20%作为预付款，即¥432,000。
P:3.2 平台初验合格后15日内，甲方支付合同总价的45%，即¥972,000。
P:3.3 平台终验合格后15日内，甲方支付合同总价的35%，即¥756,000。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方按财政资金支付流程付款，不视为逾期。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后90日内完成部署并提交初验申请，于初验合格后进入60日试运行。
P:4.2 乙方交付物包括：软件介质及授权文件、定制模块源代码、接口程序及说明、部署手册、测试报告、用户手册。
P:4.3 乙方应在市级中心及9个区县分中心分别完成培训，每处不少于2场，培训对象为值班操作员和系统管理员，培训后由甲方组织考核。
P:4.4 实施期间乙方应指定项目经理1名常驻临江，未经甲方同意不得更换；因项目经理更换影响进度的，工期不予顺延。
H:第五条 验收
P:5.1 初验标准：（1）功能逐项符合招标文件技术要求；（2）市级中心对全部警报终端的控制指令下达时间不超过3秒，回传状态与终端实际状态逐一核对一致；（3）与应急指挥系统、应急广播系统的接口联调通过；（4）第三方安全测评无高危漏洞。
P:5.2 终验标准：试运行60日内无一级故障，完成一次全市警报试鸣保障且终端响应率达到招标文件要求，交付物齐全。终验由甲方组织专家进行，出具书面验收报告。
P:5.3 平台上线使用、甲方付款或签收交付物，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收。
H:第六条 质量保证
P:6.1 质保期为三十六个月，自终验合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、巡检及技术支持。
P:6.2 质保期满后，如甲方续订运维服务，年度运维费不超过软件许可费的9%（即每服务年度不超过¥115,200），且在质保期满后三个服务年度内不上调。续订以双方另行签订书面合同为准，不自动续期。
H:第七条 服务水平
P:7.1 平台年可用率不低于99.95%（计划内维护经甲方同意的除外）。
P:7.2 一级故障（市级中心无法下达警报指令或超过三分之一终端离线）：乙方30分钟内响应，2小时内到达现场；二级故障2小时内响应，次日内解决。
P:7.3 响应或到场每超时1小时，乙方支付违约金¥1,000；年可用率每低于承诺值0.01个百分点，扣减当年运维或质保保证金¥2,000。
H:第八条 数据安全
P:8.1 平台数据（警报器台账、点位坐标、发放记录、日志）均属于甲方，乙方仅为履行本合同使用，不得用于其他目的。
P:8.2 乙方应遵守《数据安全法》及人防信息系统安全管理规定，实施人员经甲方审查；远程维护须经甲方审批并通过堡垒机进行；不得将数据拷贝至甲方网络以外。
P:8.3 发生数据泄露或安全事件的，乙方应在1小时内报告甲方并采取补救措施，因乙方原因造成的损失由乙方全额赔偿。
H:第九条 保密
P:9.1 乙方参与本项目的人员应签署保密承诺书，名单报甲方备案。
P:9.2 乙方对履行合同中知悉的警报器布点、指挥流程及甲方其他非公开信息负有保密义务，未经甲方书面同意不得披露，保密义务不因合同终止而解除。
H:第十条 知识产权
P:10.1 平台标准产品的知识产权归乙方，甲方享有永久、不可撤销的使用许可。
P:10.2 为本项目定制开发的模块、接口程序及其源代码、文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的千分之一支付违约金；逾期超过60日的，甲方有权解除合同。
P:11.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条 分包
P:12.1 本项目不允许分包。乙方不得将合同义务的任何部分转交第三方履行。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。争议协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十五条 履约保证金
P:15.1 乙方应在合同签订后10日内向甲方提交合同总价5%的履约保证金（¥108,000），终验合格后无息退还；乙方违约的，甲方可从中扣除相应违约金。
H:第十六条 不可抗力
P:16.1 因地震、洪水、战争等不可抗力致使合同不能履行的，受影响方应及时通知对方，并在15日内提供证明，双方协商延期或解除合同，互不承担违约责任。
H:第十七条 其他
P:17.1 未尽事宜由双方协商签订补充协议，补充协议与本合同具有同等效力。
P:17.2 本合同一式六份，甲方四份、乙方二份，经双方签字盖章后生效。
P:甲方（盖章）：临江市人民防空办公室　　　乙方（盖章）：江城安信智能科技有限公司
P:代表签字：____________　　　　　　　　代表签字：____________
P:日期：2026年__月__日　　　　　　　　　日期：2026年__月__日
"""

Z02 = """T:纸尿裤生产线控制系统改造及维保合同
P:合同编号：HY-SB-2026-0412
P:甲方（买方）：湖州和煦卫生用品有限公司　　地址：湖州市吴兴区织里镇工业园区8号
P:乙方（卖方）：苏州恒拓自动化工程有限公司　　地址：苏州市相城区澄阳路2299号
P:鉴于甲方拟对其二号、三号纸尿裤生产线的电气控制系统进行改造，乙方具备相应的设计、供货、调试能力，双方经友好协商，就改造及维保事宜订立本合同，共同遵守。
H:1. 合同标的
P:1.1 乙方负责两条生产线控制系统的改造：更换PLC及I/O模块、伺服驱动与张力控制系统、人机界面及工控机，新增在线视觉检测系统及MES数据采集软件，并完成程序设计、安装、停线切换、试产及培训。
P:1.2 改造范围不包括生产线机械部分、原料输送系统及厂房土建；因改造需要对机械部分作必要调整的，乙方应提前书面提出方案并经甲方同意。
P:1.3 改造后生产线设计速度不低于每分钟800片，切换期间每条线停机不超过7日。
H:2. 合同价格
P:2.1 合同总价为人民币贰佰贰拾玖万元整（¥2,290,000），含税、含运输及安装。价格明细见下表：
TB:序号|名称|数量|金额（元）
TB:1|PLC控制器及I/O模块|2套|486,000
TB:2|伺服驱动器及伺服电机（含张力控制）|2套|732,000
TB:3|HMI触摸屏及工控机|2套|128,000
TB:4|在线视觉检测系统（相机、光源及软件许可）|2套|356,000
TB:5|MES数据采集软件许可|1套|168,000
TB:软硬件小计|||1,870,000
TB:6|程序设计及调试|1项|264,000
TB:7|安装、停线切换及试产|1项|138,000
TB:8|操作及维修培训|1项|18,000
TB:合同总价|||2,290,000
H:3. 付款
P:3.1 合同生效后10个工作日内，甲方支付合同总价的20%作为预付款，即¥458,000。
P:3.2 设备到货并经甲方清点签收后，甲方支付合同总价的35%，即¥801,500。到货签收不视为质量验收。
P:3.3 两条生产线终验合格后15个工作日内，甲方支付合同总价的45%，即¥1,030,500。
H:4. 交货与工期
P:4.1 乙方应于合同生效后75日内将全部设备运至甲方工厂，于到货后45日内完成两条线的改造及试产。
P:4.2 停线切换时间由甲方根据生产计划书面确定，乙方应按甲方确定的时间组织施工。
P:4.3 乙方施工人员应遵守甲方厂区安全、卫生及洁净车间管理制度，进入车间须穿戴甲方规定的工作服；动火、登高及带电作业应事先办理作业许可。因乙方施工造成的人身伤害或财产损失由乙方承担。
P:4.4 乙方应随设备提供备品备件清单及质保期内所需的易损件，包括伺服编码器线缆、光电传感器及视觉光源各不少于2套。
H:5. 验收
P:5.1 终验标准：（1）设备型号、数量与本合同一致；（2）每条线连续72小时试产，平均速度不低于每分钟800片，综合废品率不高于1.5%；（3）视觉检测漏检率不高于0.1%；（4）MES采集数据与现场计数偏差不超过0.5%；（5）技术资料齐全。
P:5.2 终验由双方共同进行并签署验收报告。试产、投入生产或付款均不视为终验合格。
H:6. 质量保证
P:6.1 质保期为二十四个月，自终验合格之日起计算。质保期内设备及软件故障由乙方免费维修或更换。
P:6.2 质保期满后，甲方可委托乙方提供维保服务，年度维保费为软硬件小计的8%，即每服务年度¥149,600，质保期满后三个服务年度内固定不变。
P:6.3 质保期内乙方每季度进行一次现场巡检，检查控制柜、伺服系统及视觉系统运行状态，并提交巡检报告。
H:7. 维保服务水平
P:7.1 质保期及维保期内，控制系统月度可用率不低于99.5%（可用率=实际可运行时间÷计划生产时间）。
P:7.2 一级故障（整线停机）：乙方30分钟内远程响应，2小时内到达现场；二级故障（单工位异常）：1小时内响应，次日内解决。
P:7.3 响应或到场每超时1小时，乙方支付¥1,500；月度可用率每低于承诺值0.1个百分点，乙方支付¥3,000。
H:8. 数据与网络安全
P:8.1 生产数据、工艺参数及MES采集数据均属于甲方，乙方不得用于本合同以外的目的。
P:8.2 乙方远程维护应经甲方审批，通过甲方指定的VPN及账号进行并留存记录；不得在甲方控制网络中安装与项目无关的软件。
P:8.3 因乙方原因导致数据泄露、篡改或控制网络安全事件的，乙方应在2小时内报告甲方并承担由此造成的全部损失。
P:8.4 乙方应在项目结束时删除其掌握的甲方数据副本，并向甲方提交书面删除确认。
H:9. 保密
P:9.1 乙方对甲方的工艺参数、产品配方、生产计划等商业秘密负有保密义务，合同终止后仍然有效。
P:9.2 乙方应要求其参与本项目的人员签署保密承诺，并对其人员违反保密义务的行为承担责任。
H:10. 知识产权
P:10.1 为本项目编写的PLC程序、HMI画面及配方管理程序归甲方所有，乙方应交付源程序，甲方可自行修改。设备内置软件及第三方软件按原厂许可使用。
H:11. 分包
P:11.1 乙方可将电气安装、布线工作分包给具备相应资质的单位，但应提前书面通知甲方。乙方对分包工作向甲方负责。
H:12. 违约责任
P:12.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之八支付违约金。
P:12.2 改造后生产线经终验达不到第5.1条速度或废品率指标，且乙方在30日内整改仍不合格的，甲方有权要求乙方按合同总价的3%支付违约金，或按第13条解除合同。
P:12.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:12.4 因乙方原因造成停线时间超过约定的，每超过1日，乙方另行赔偿甲方停产损失¥20,000。
H:13. 合同解除
P:13.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除本合同并要求赔偿损失。
H:14. 法律适用及争议解决
P:14.1 本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。
H:15. 培训与技术资料
P:15.1 乙方应为甲方电气、设备及操作人员提供不少于5天的现场培训，内容包括程序结构、参数调整、故障诊断与备件更换，培训后甲方人员应能独立处理二级故障。
P:15.2 乙方应提交电气原理图、接线图、PLC程序注释、参数表及操作维修手册的纸质版和电子版各两套。
H:16. 不可抗力
P:16.1 因不可抗力不能履行合同的，受影响方应及时通知对方并提供证明，双方协商延期履行或解除合同。
H:17. 其他
P:17.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：湖州和煦卫生用品有限公司　　乙方（盖章）：苏州恒拓自动化工程有限公司
P:授权代表：____________　　授权代表：____________
P:日期：2026年__月__日　　日期：2026年__月__日
"""

Z03 = """连锁瑜伽馆排课及会员管理SaaS服务合同

合同编号：SL-YJ-2026-0088
甲方（客户）：上海悦岚瑜伽健身管理有限公司（下称“甲方”，含其经营的28家门店）
地址：上海市静安区南京西路1266号12楼
乙方（服务商）：杭州云栖场馆软件有限公司
地址：杭州市西湖区文三路90号

鉴于甲方需要为其28家门店统一使用排课、约课、会员卡及收银管理系统，乙方提供相应的SaaS云服务及实施服务，双方经协商一致，订立本合同。

一、服务内容
（一）乙方向甲方提供“云栖场馆”SaaS服务（连锁旗舰版），包括：课程排期与教练排班、会员小程序约课与签到、会员卡及课包管理、储值与收银、门店经营报表、总部多店管理后台。
（二）实施服务：28家门店基础数据配置；从甲方现有系统迁移会员、卡项及余额数据；甲方品牌小程序页面定制；与甲方现有收银及财务系统对接；门店店长及前台培训。
（三）乙方按门店数开通账号，每家门店含前台账号3个、教练账号不限。
（四）培训：乙方在上线前分三批为店长、前台及教练提供线上培训，并在甲方总部进行一次现场培训；上线后第一个月内，乙方安排实施顾问在甲方三家旗舰店驻店支持各不少于2天。

二、服务期限
（一）订阅服务期为三个服务年度，自2026年4月1日起至2029年3月31日止。
（二）服务期届满前60日内，任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期次数不限。
（三）每次自动续期时，乙方有权上调订阅费，单次上调幅度不超过上一服务年度订阅费的10%，乙方应在续期生效前30日书面通知甲方。

三、费用及支付
（一）费用明细：
1．订阅费：每家门店每服务年度¥9,600，28家门店每服务年度¥268,800，三个服务年度合计¥806,400；
2．实施费（数据迁移、小程序定制、系统对接）：¥64,000；
3．培训费：¥12,000；
合同总价：¥882,400。
（二）订阅费按季度结算，乙方在每个季度结束后开具发票，甲方在收到发票后15个工作日内支付当季订阅费¥67,200。
（三）实施费及培训费在上线验收合格后15个工作日内一次性支付。本合同不设预付款。
（四）乙方开具的发票应为增值税专用发票，发票信息以甲方书面提供的为准。

四、上线与验收
（一）乙方应于2026年4月30日前完成全部门店上线。
（二）上线验收标准：1．会员、卡项及余额迁移数据与甲方原系统逐条核对一致；2．小程序约课、取消及签到在500人并发下响应时间不超过1秒；3．收银与财务系统对接对账连续7日无差异；4．上线后试运行30日内无一级故障。
（三）验收合格后双方签署上线验收单。门店开始使用或甲方付款，均不视为验收合格。
（四）验收未通过的，乙方应在7日内完成整改并重新提交验收，整改期间产生的额外实施费用由乙方承担。

五、服务水平
（一）乙方保证SaaS服务月度可用率不低于99.95%，不含提前72小时通知且安排在凌晨1点至5点之间的计划维护。
（二）故障分级及响应：一级故障（小程序或收银全部不可用）15分钟内响应、2小时内恢复；二级故障（部分功能异常）1小时内响应、当日解决；三级问题2个工作日内答复。
（三）服务补偿：月度可用率每低于承诺值0.1个百分点，减免当季订阅费的2%；一级故障恢复每超时1小时，减免¥500，累计减免以当季订阅费为限。

（四）乙方提供7×24小时服务热线及在线工单，指定专属客户成功经理一名，每季度向甲方提交服务报告，内容包括可用率、故障记录、工单处理情况及改进建议。
（五）乙方进行版本升级前应提前7日通知甲方，涉及门店操作变化的，应同时提供操作说明及线上培训。

六、数据安全
（一）甲方及其会员在系统中产生的全部数据（会员信息、消费记录、课程记录）属于甲方，乙方仅为提供本合同服务而处理，不得用于其他任何目的。
（二）乙方应将数据存储于中国境内，采取加密存储、访问控制、操作日志及每日备份等措施，遵守《个人信息保护法》《数据安全法》。
（三）发生数据泄露、毁损或丢失的，乙方应在24小时内通知甲方并采取补救措施，因乙方原因造成的损失（含会员索赔及行政处罚）由乙方承担。
（四）乙方运维人员访问甲方生产数据应经审批并实行最小权限，离职人员账号应当日注销。
（五）合同终止后30日内，乙方应按甲方要求导出全部数据并交付甲方，随后删除并出具删除证明。

七、知识产权
（一）SaaS平台的知识产权归乙方。
（二）为甲方定制的小程序页面、报表模板及对接程序归甲方所有，甲方可自由使用和修改。

八、门店增减
（一）服务期内甲方新开门店的，乙方应在接到甲方书面通知后3个工作日内开通，新增门店订阅费按每家门店每服务年度¥9,600的标准按月折算，列入当季结算。
（二）甲方关闭门店的，应提前30日书面通知乙方，自关闭次月起停止计收该门店订阅费，该门店数据仍按本合同“数据安全”部分处理。

九、甲方义务
（一）甲方应指定项目负责人，及时提供门店资料、原系统数据及对接所需接口文档。
（二）甲方应妥善管理各门店账号及密码，门店人员变动时及时停用相应账号。
（三）因甲方提供的数据不准确导致迁移错误的，乙方应协助更正，工期相应顺延。

十、违约责任
（一）乙方未按期完成上线的，每逾期一日向甲方支付违约金¥800。
（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。

十一、分包
乙方不得将本合同项下的服务分包给第三方，确需分包的，应事先取得甲方书面同意。

十二、合同解除
（一）乙方严重违约（包括连续两个月可用率低于承诺值、发生重大数据安全事件），经甲方书面通知后15日内未纠正的，甲方有权解除本合同。
（二）因乙方原因解除合同的，乙方应退还已付但未使用的订阅费。
（三）合同因任何原因终止的，乙方应配合甲方完成数据迁出及新旧系统切换，过渡期内服务照常提供。

十三、不可抗力
因不可抗力或公共云基础设施大面积故障（非乙方原因）导致服务中断的，乙方应及时通知甲方并尽力恢复，该期间不计入可用率考核，但乙方应在事后5个工作日内提交书面说明。

十四、争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

十五、通知
双方指定的联系人、电子邮箱及地址见合同首页。一方按上述方式发出的书面通知，以电子邮件发出的，发出次日视为送达；联系人或地址变更的，应提前5日书面告知对方。

十六、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：上海悦岚瑜伽健身管理有限公司　　　乙方（盖章）：杭州云栖场馆软件有限公司
授权代表：____________　　　　　　　　　　授权代表：____________
签署日期：2026年3月__日　　　　　　　　　签署日期：2026年3月__日
"""

Z04 = """清溪县文化馆非遗数字化平台年度运维服务合同

项目编号：QXCG-2026-CS-031（竞争性磋商）
甲方（采购人）：清溪县文化馆
地址：清溪县文昌路18号
乙方（成交供应商）：南州数艺信息技术有限公司
地址：南州市经开区锦绣路207号

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件和乙方响应文件，甲乙双方就清溪县非物质文化遗产数字化平台（下称“平台”）年度运维服务，订立本合同。

第1条 服务内容
（1）平台系统运维：平台（含非遗资源库、数字展厅、移动端小程序及后台管理系统）的日常监控、故障处理、性能优化、操作系统与中间件补丁更新、每季度一次版本维护。
（2）数据资源维护：全年完成非遗项目资料著录更新不少于1,200条（含图片、音视频及传承人口述资料），对已有资源进行校核，错误率不高于千分之三。
（3）安全服务：每季度一次漏洞扫描及整改，配合甲方完成等级保护测评，节假日及重大活动期间提供安全保障。
（4）驻场服务：乙方派驻1名具备相应资质的工程师，工作日在甲方驻场，负责日常运维及用户支持。
（5）巡检与报告：乙方每月进行一次全面巡检，检查服务器、存储、数据库及网络安全设备运行状态，于次月5日前向甲方提交月度运维报告。
（6）活动保障：“文化和自然遗产日”、春节等重大活动期间，乙方安排专人值守，确保数字展厅及线上展览正常运行。
（7）培训支持：乙方每半个服务年度为甲方工作人员及各乡镇综合文化站管理员举办一次平台操作及资料著录培训，每次不少于1天，并提供培训讲义。

第2条 服务期限
服务期自2026年3月1日起至2027年2月28日止。服务期满，本合同终止；甲方如需继续采购，另行按政府采购程序办理。服务期内甲方因机构调整需要变更机房或服务地点的，乙方应予配合，费用不作调整。

第3条 合同价款
（1）合同总价为人民币肆拾万贰仟元整（¥402,000），为服务期内全部费用，包括人工、工具、差旅及税费。
（2）价款构成：系统运维¥186,000；数据资源维护¥72,000；安全服务¥48,000；驻场服务¥96,000。
（3）合同履行期间价款固定，不因人工成本或物价变动而调整。

第4条 付款方式
（1）服务费按季度支付，每季度¥100,500。
（2）每季度结束后，甲方按第6条进行季度考核，考核合格且乙方开具发票后15个工作日内，甲方支付该季度服务费。
（3）本合同不设预付款。

第5条 服务水平
（1）故障分级：一级故障指平台整体无法访问或数据丢失；二级故障指主要功能（资源检索、数字展厅、小程序）不可用；三级故障指其他功能异常。
（2）一级故障：乙方在接到通知后6小时内响应，24小时内恢复；二级故障：8小时内响应，48小时内解决；三级故障：2个工作日内解决。
（3）乙方应保证平台数据备份可恢复，每半个服务年度进行一次恢复演练，并将演练记录报甲方备案。
（4）超时扣款：响应或恢复每超时1小时，扣减当季服务费¥300；同一季度发生两次以上一级故障的，另扣减当季服务费¥5,000。

第6条 考核与验收
（1）季度考核：甲方依据本合同第1条及第5条，对故障处理记录、巡检报告、著录数量与质量、安全扫描报告进行考核，80分以上为合格。
（2）年度验收：服务期满前15日内，乙方提交年度运维总结、著录成果清单及安全报告；甲方组织验收，标准为全年著录不少于1,200条且抽检错误率不高于千分之三、四次漏洞扫描的高危漏洞全部整改、等级保护测评配合完成。
（3）考核不合格的，乙方应在10日内整改，整改合格后甲方再行支付。
（4）年度验收合格的，双方签署验收报告；验收不合格的，乙方应在15日内整改完毕并重新申请验收，整改期间乙方应继续提供服务，不另行收费。

第7条 人员要求
（1）乙方项目负责人及驻场工程师应与响应文件所列人员一致，更换人员须提前10日书面征得甲方同意，更换后人员资质不得低于原人员。
（2）驻场工程师应遵守甲方考勤及安全管理制度，甲方认为驻场人员不能胜任的，可要求乙方在7日内更换。

第8条 数据安全
（1）平台中的非遗资源数据、传承人个人信息及用户数据均属于甲方，乙方仅为履行本合同使用，不得复制、留存或向任何第三方提供。
（2）乙方应落实访问控制、操作审计、数据备份（每日增量、每周全量）等措施，远程运维须经甲方同意并通过指定堡垒机。
（3）发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并配合处置；因乙方原因造成的损失由乙方承担赔偿责任。

第9条 保密
乙方对履行合同过程中知悉的甲方未公开资料、传承人信息及系统账号密码负有保密义务，合同终止后仍须遵守。

第10条 知识产权
运维期间形成的著录成果、数据整理成果、脚本及技术文档归甲方所有。平台原有软件的知识产权状况不因本合同而改变。

第11条 违约责任
（1）乙方未按计划完成季度版本维护、漏洞整改或著录任务的，每逾期一日，按合同总价的千分之一支付违约金。
（2）甲方逾期支付服务费的，每逾期一日按应付金额的万分之三支付违约金。

第12条 合同的履行
（1）本合同在服务期内持续履行，双方均不得单方解除。
（2）乙方未按约定提供服务或违反本合同的，甲方可书面要求限期整改，并按第5条、第11条扣款或收取违约金，但不得以此为由解除本合同。

第13条 分包
本项目不得分包。乙方不得将本合同项下服务转交他人履行，亦不得以劳务派遣等方式变相转包；驻场及远程运维人员均应为乙方正式员工。

第14条 甲方义务
（1）甲方指定一名联系人，负责协调运维工作，及时确认乙方提交的报告。
（2）甲方为驻场工程师提供必要的办公场所、网络及机房出入条件。
（3）甲方应按时提供需要著录的非遗项目原始资料，并对乙方提交的著录成果在收到后10个工作日内提出审核意见。

第15条 服务交接
服务期满或合同终止时，乙方应在15日内向甲方或甲方指定的后续服务单位移交全部系统账号、配置文档、运维记录及数据，并配合完成交接，交接完成前不得停止服务。

第16条 不可抗力
因自然灾害、公共卫生事件等不可抗力导致服务不能按约提供的，受影响方应及时通知对方并在10日内提供证明，相应期间的考核予以调整，双方互不承担违约责任。

第17条 争议解决
因履行本合同发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第18条 其他
（1）竞争性磋商文件、乙方响应文件及成交通知书为本合同组成部分。
（2）本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：清溪县文化馆　　　　　　乙方（盖章）：南州数艺信息技术有限公司
法定代表人或授权代表：__________　　法定代表人或授权代表：__________
签订日期：2026年2月__日　　　　　　签订日期：2026年2月__日
"""

Z05 = """# 质量追溯系统软件许可及定制开发合同

**禽链云标准合同文本 V3.0（乙方提供）**

合同编号：QLY-HT-2026-0156

- 甲方（买方）：南京金陵桂香板鸭食品有限公司，地址：南京市江宁区食品产业园秣陵路12号
- 乙方（卖方）：合肥禽链云信息科技有限公司，地址：合肥市蜀山区创新大道388号

甲方为满足食品生产质量安全追溯管理要求，向乙方采购“禽链云”质量追溯系统软件许可并委托乙方进行定制开发。双方根据《中华人民共和国民法典》，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供禽链云质量追溯平台（标准版）软件许可及赋码终端授权，许可方式为永久许可，限甲方在其南京工厂使用。

1.2 乙方按甲方需求进行定制开发，包括：原料鸭收购批次与检疫票证关联；屠宰、盐水腌制、烘干、包装各工序数据采集；与甲方用友ERP的接口；向省食品安全追溯监管平台自动上报；消费者扫码查询页面。

1.3 乙方负责系统部署、初始化配置及甲方人员操作培训，培训对象为质量部、生产车间及仓储人员，培训时间合计不少于3天。

## 第二条 合同价款

2.1 本合同总价为人民币壹佰万元整（¥1,000,000），明细如下：

| 序号 | 项目 | 数量 | 单价（元） | 金额（元） |
|---|---|---|---|---|
| 1 | 质量追溯平台软件许可（标准版，永久） | 1套 | 560,000 | 560,000 |
| 2 | 赋码及采集终端授权 | 40个 | 3,500 | 140,000 |
| | 软件许可小计 | | | 700,000 |
| 3 | 定制开发（工序采集、ERP接口、监管平台上报、扫码页面） | 1项 | 236,000 | 236,000 |
| 4 | 部署实施及培训 | 1项 | 64,000 | 64,000 |
| | 合计 | | | 1,000,000 |

2.2 上述价格含增值税，不含甲方自行采购的服务器、扫码枪、打印机等硬件。

2.3 本合同价格为固定价格。甲方在需求确认后提出变更导致工作量增加的，按乙方人天单价¥2,200另行计费。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即¥650,000，作为预付款。乙方收到预付款后启动项目。

3.2 系统上线运行后10个工作日内，甲方支付合同总价的35%，即¥350,000。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，乙方有权暂停服务直至甲方付清款项。

## 第四条 交付与上线

4.1 乙方在收到预付款后90日内完成部署及定制开发，并通知甲方上线。

4.2 甲方应在乙方进场前准备好服务器、网络、赋码打印设备及车间采集点位，并提供ERP接口文档及测试账号；因甲方准备不足导致延误的，交付期限相应顺延。

4.3 乙方交付物为软件安装包、授权文件及用户操作手册。定制开发部分以可执行程序形式交付，不交付源代码。

## 第五条 验收

5.1 系统上线运行即视为甲方验收合格。

5.2 甲方在上线后发现的问题，按第六条质保服务处理，不影响验收结论及付款。

## 第六条 质保服务

6.1 免费质保期为六个月，自系统上线之日起计算。质保期内乙方提供远程技术支持及缺陷修复。

6.2 一级故障（系统整体无法使用或无法赋码）：乙方在接到甲方报修后2小时内响应；二级故障：8小时内响应；三级问题：3个工作日内答复。

6.3 乙方将尽力在响应后尽快排除故障，但不因响应或修复超时承担扣款、赔偿或违约金责任。

6.4 质保期内乙方提供一次现场回访，检查各工序采集点运行情况并对甲方质量管理人员进行补充培训；超出质保范围的现场服务，按乙方当年服务价目收费。

## 第七条 维护服务

7.1 质保期满后，甲方应购买乙方年度维护服务，以保证系统正常使用及升级。年度维护费为软件许可小计的28%，即每服务年度¥196,000。

7.2 维护服务按服务年度签订，维护费于每个服务年度开始前支付。

7.3 维护服务内容包括：软件缺陷修复、标准版版本升级、监管平台接口规范变化时的适配、远程技术支持。现场服务按乙方当年服务价目另行收费。

## 第八条 知识产权

8.1 禽链云平台及其升级版本的知识产权归乙方所有。

8.2 为甲方定制开发的工序采集模块、ERP接口程序、监管上报程序及扫码页面，其知识产权（含源代码）归乙方所有。甲方在许可范围内享有非独占的使用权，不得修改、反编译或许可第三方使用。

## 第九条 数据

9.1 甲方录入及系统采集的生产、检验及销售数据归甲方所有。

9.2 乙方应采取访问控制、加密传输、数据备份及操作日志等安全措施，发生数据泄露时应在24小时内通知甲方；因乙方过错导致数据泄露或丢失的，乙方承担相应赔偿责任。

9.3 甲方同意，乙方可将甲方数据经脱敏、汇总处理后，用于乙方产品改进、行业质量分析报告及向其他客户提供的对标服务，该等使用在合同终止后仍可继续。

## 第十条 保密

双方对在合作中知悉的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露，但依法须披露的除外。

## 第十一条 违约责任

11.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的2%。

11.2 乙方在本合同项下的累计赔偿责任（含违约金），以合同总价的20%为限；乙方不承担甲方的间接损失、利润损失及召回费用。

## 第十二条 甲方义务

12.1 甲方应指定项目联系人，组织各车间配合数据采集点位调试，并按乙方要求完成基础数据（原料供应商、产品编码、工艺参数）的整理和录入。

12.2 甲方应按乙方操作手册使用系统，因甲方人员误操作或擅自修改配置造成的故障，不属于质保范围。

## 第十三条 合同解除

一方严重违约，经守约方书面催告后30日内仍未纠正的，守约方有权书面通知解除本合同。

## 第十四条 不可抗力

因不可抗力导致不能履行合同的，受影响方应及时通知对方，并根据影响程度部分或全部免除责任。

## 第十五条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，提交合肥仲裁委员会仲裁，仲裁裁决是终局的，对双方均有约束力。

## 第十六条 其他

16.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

16.2 本合同未尽事宜，以乙方官网公布的《禽链云服务规范》为准。

甲方（盖章）：南京金陵桂香板鸭食品有限公司　　乙方（盖章）：合肥禽链云信息科技有限公司

授权代表：__________　　授权代表：__________

日期：2026年__月__日　　日期：2026年__月__日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. SPS-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made between:
P:(1) Sarnia Port Systems Limited, a company incorporated in Guernsey (registered number 58213), whose registered office is at Les Banques, St Peter Port, Guernsey GY1 2HZ (the "Supplier"); and
P:(2) Ningbo Beilun Harbourview Cold Chain Logistics Co., Ltd., a company established in the People's Republic of China, whose address is 88 Mingzhou Road, Beilun District, Ningbo, Zhejiang (the "Customer").
P:Background: The Customer operates three cold-storage warehouses in Ningbo and wishes to replace its warehouse management system. The Supplier licenses the "Sarnia WMS" software and provides configuration and implementation services. At the Customer's request all prices in this Agreement are stated and payable in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the Sarnia WMS server software, named user licences and RF handheld licences listed in Article 3, including updates supplied under this Agreement.
P:1.2 "Services" means configuration, interface development, data migration and training described in Article 2.
P:1.3 "Custom Deliverables" means the interfaces, reports, label templates and scripts developed specifically for the Customer.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 6.3.
H:Article 2 Scope
P:2.1 The Supplier grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for the internal business of the Customer and its affiliates in the People's Republic of China.
P:2.2 The Supplier shall configure the Software for the three warehouses, develop interfaces with the Customer's ERP system, transport management system and temperature-monitoring system, migrate stock and location master data, and train the Customer's key users and administrators.
P:2.3 The Supplier shall provide a project manager and a named lead consultant for the whole implementation. Replacement of either requires the Customer's prior written consent, which shall not be unreasonably withheld.
H:Article 3 Price
P:3.1 The total price is CNY 1,410,000 (the "Contract Price"), inclusive of applicable taxes, and is fixed for the scope of this Agreement. It is made up as follows:
TB:Item|Description|Quantity|Amount (CNY)
TB:1|Sarnia WMS server licence (perpetual)|1|620,000
TB:2|Named user licences (perpetual)|80 x 3,500|280,000
TB:3|RF handheld licences (perpetual)|60 x 1,800|108,000
TB:|Licence Subtotal||1,008,000
TB:4|Configuration and interface development|fixed|312,000
TB:5|Data migration|fixed|68,000
TB:6|Training|fixed|22,000
TB:|Contract Price||1,410,000
H:Article 4 Payment
P:4.1 20% of the Contract Price (CNY 282,000) is payable within 30 days after signature against the Supplier's invoice and an advance-payment bank guarantee of the same amount.
P:4.2 45% of the Contract Price (CNY 634,500) is payable within 30 days after installation of the Software and completion of the interface tests in the test environment. Installation is not acceptance.
P:4.3 35% of the Contract Price (CNY 493,500) is payable within 30 days after Final Acceptance.
P:4.4 The Customer pays by bank transfer in CNY to the Supplier's account in the People's Republic of China named in the invoice.
H:Article 5 Delivery and Timetable
P:5.1 The Supplier shall deliver the Software licence keys within 10 days after signature and complete installation within 45 days after signature.
P:5.2 The Supplier shall present the Software for Final Acceptance within 150 days after signature.
P:5.3 If the Supplier fails to meet the date in Article 5.2 for reasons attributable to it, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligation to complete the work.
H:Article 6 Acceptance
P:6.1 The parties shall agree an acceptance test plan within 30 days after signature.
P:6.2 The acceptance criteria are: (a) all functions in the agreed specification pass the test plan; (b) inbound, putaway, picking and shipping transactions are processed with a response time of no more than 2 seconds at 120 concurrent users; (c) migrated stock and location data reconcile item by item with the Customer's stocktake; (d) all interfaces run for 20 consecutive working days without data loss; and (e) no Severity 1 defect occurs during a 30-day production run.
P:6.3 When all criteria are met the Customer shall issue a Final Acceptance certificate within 10 working days. Go-live, productive use or any payment does not by itself constitute acceptance. If a test fails, the Supplier shall correct the defect and repeat the test at its own cost.
H:Article 7 Warranty and Support
P:7.1 The Supplier warrants that the Software and the Custom Deliverables will perform materially in accordance with the specification for 24 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall correct defects and provide updates and remote support free of charge.
P:7.2 Severity 1 means that a warehouse cannot receive or ship goods. For Severity 1 the Supplier shall respond within 1 hour and provide a workaround or fix within 8 hours; for Severity 2, response within 2 hours and a fix within 3 working days.
P:7.3 For each full hour by which the Supplier exceeds a Severity 1 response or fix time, the Supplier shall pay CNY 1,000 as a service credit.
P:7.4 After the Warranty Period the Customer may order annual support. The annual support fee is 11% of the Licence Subtotal, that is CNY 110,880 per year, and shall not be increased for the three support years following the Warranty Period. Each support year is ordered by purchase order; there is no automatic renewal.
H:Article 8 Intellectual Property
P:8.1 The Supplier retains all intellectual property rights in the Software.
P:8.2 All rights in the Custom Deliverables, including their source code, belong to the Customer upon payment. The Customer may use, modify and license them freely. The Supplier shall deliver the source code and documentation with the Final Acceptance package.
H:Article 9 Customer Data and Security
P:9.1 All data entered into or generated by the Software, including stock, customer, shipment and temperature records, belongs to the Customer. The Supplier may access it only to perform this Agreement and shall not use it for any other purpose.
P:9.2 The Software is installed on the Customer's servers in Ningbo. The Supplier shall access the Customer's systems only through the Customer's VPN with individual accounts and multi-factor authentication, shall not copy Customer data outside the Customer's systems, and shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China.
P:9.3 The Supplier shall notify the Customer within 12 hours of any security incident affecting Customer data and shall bear the losses caused by an incident attributable to the Supplier or its personnel.
H:Article 10 Confidentiality
P:10.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to personnel who need to know it. This obligation survives termination for three years.
H:Article 11 Liability
P:11.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, fraud, wilful misconduct or breach of Articles 9 and 10.
H:Article 12 Subcontracting
P:12.1 The Supplier shall not subcontract any part of the Services without the Customer's prior written consent and remains responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 The Customer may terminate this Agreement by written notice if the Supplier commits a material breach and does not remedy it within 30 days after written notice, or if the liquidated damages under Article 5.3 reach their maximum.
P:13.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for Services not accepted, and the licences already paid for remain in force.
H:Article 14 Governing Law and Jurisdiction
P:14.1 This Agreement is governed by the laws of the Island of Guernsey.
P:14.2 The courts of Guernsey have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.
H:Article 15 Customer Responsibilities
P:15.1 The Customer shall provide the servers, operating systems, database licences and network access described in the project plan, make its key users available for workshops and testing, and supply its ERP and transport management interface documentation within 15 days after signature.
P:15.2 Where a delay is caused by the Customer's failure to meet these responsibilities, the dates in Article 5 are extended by the period of that delay, and the Supplier shall notify the Customer in writing as soon as it becomes aware of it.
H:Article 16 Force Majeure
P:16.1 Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party promptly and uses reasonable efforts to resume performance. If such an event continues for more than 90 days, either party may terminate this Agreement by written notice.
H:Article 17 General
P:17.1 This Agreement, with its annexes (specification, acceptance test plan and project plan), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:17.2 Notices shall be sent in writing to the addresses stated above, with a copy by email to each party's project manager.
P:17.3 This Agreement is signed in two originals in English, one for each party.
P:Signed for Sarnia Port Systems Limited: ____________________  Name / Title: ____________  Date: ______
P:Signed for Ningbo Beilun Harbourview Cold Chain Logistics Co., Ltd.: ____________________  Name / Title: ____________  Date: ______
"""

E02 = """# ORDER FORM No. TC-2026-0311 — Tortola Learning Cloud

**Supplier:** Tortola Cloudworks Ltd., a BVI business company, Wickhams Cay II, Road Town, Tortola, British Virgin Islands ("Tortola Cloudworks")

**Customer:** Chengdu Jinsha Fresh Market Retail Co., Ltd., 55 Shuhan Road, Jinniu District, Chengdu, Sichuan, People's Republic of China ("Customer")

This Order Form and the General Terms attached to it form one agreement (the "Agreement"). If they conflict, this Order Form prevails.

## Order details

| Item | Detail |
|---|---|
| Service | Tortola Learning Cloud, Enterprise edition: course library, learning paths, exams, certificates, mobile app, reporting |
| Users | Up to 1,200 named users (store staff, supervisors and head-office staff) |
| Hosting | Mainland China region of Tortola Cloudworks' hosting provider (listed in Section 7.2) |
| Subscription Term | 36 months, from 1 May 2026 to 30 April 2029, in three Subscription Years |
| Currency | All fees are in Chinese Yuan (CNY) at the Customer's request |

## Fees

| Fee | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee | CNY 228,000 per Subscription Year x 3 | 684,000 |
| Onboarding (SSO with the Customer's HR system, data import, 40 course conversions, admin training) | one-time | 46,000 |
| Total Contract Value | | 730,000 |

Payment terms:
- The subscription fee is invoiced quarterly in arrears (CNY 57,000 per quarter), payable within 30 days of invoice.
- The onboarding fee is invoiced after Go-Live Acceptance under Section 3.2 and is payable within 30 days of invoice.
- No amount is payable before the service starts.

Additional users above 1,200 are charged at CNY 190 per user per Subscription Year, pro rata, and are not part of the Total Contract Value.

Signed for Tortola Cloudworks Ltd.: ____________________ Date: __________

Signed for Chengdu Jinsha Fresh Market Retail Co., Ltd.: ____________________ Date: __________

---

# GENERAL TERMS

## Section 1 Definitions

1.1 "Service" means the hosted learning platform described in the Order Form, including the mobile app and standard updates.

1.2 "Customer Data" means all data submitted to the Service by or for the Customer, including staff records, learning records, exam results and course content supplied by the Customer.

1.3 "Customer Materials" means the Customer-specific course conversions, learning paths, certificate templates and report definitions created under the Order Form.

## Section 2 Service

2.1 Tortola Cloudworks will provide the Service to the Customer during the Subscription Term in accordance with this Agreement and the documentation.

2.2 The Customer may permit its employees and those of its affiliates in mainland China to use the Service up to the number of named users in the Order Form. Named users may be reassigned when staff leave.

2.3 Tortola Cloudworks may update the Service from time to time, provided that updates do not materially reduce its functionality.

## Section 3 Onboarding and Go-Live Acceptance

3.1 Tortola Cloudworks will carry out the onboarding described in the Order Form. The target Go-Live date is 15 June 2026. Target dates are estimates and Tortola Cloudworks will use reasonable efforts to meet them; no liquidated damages or other compensation is payable for late Go-Live.

3.2 Go-Live Acceptance requires that: (a) single sign-on works for all user groups; (b) all 1,200 user records and the 40 converted courses are imported and verified by the Customer; (c) exams, certificates and the standard reports work as documented; and (d) the mobile app passes the Customer's test script on iOS and Android. The Customer will confirm acceptance in writing within 10 business days after Tortola Cloudworks reports completion, or list the failed criteria, which Tortola Cloudworks will correct before retesting.

## Section 4 Service Levels

4.1 Tortola Cloudworks will make the Service available 99.95% of each calendar month, excluding scheduled maintenance announced at least 72 hours in advance and performed between 00:00 and 06:00 Beijing time.

4.2 Incidents are classified as Severity 1 (Service unavailable for all users), Severity 2 (a major function unavailable) and Severity 3 (other). Tortola Cloudworks will respond to Severity 1 within 30 minutes and to Severity 2 within 2 hours, 24 hours a day.

4.3 If monthly availability falls below the commitment in Section 4.1, the Customer receives a service credit of 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point or part of it below the commitment, up to 50% of that monthly amount. Credits are deducted from the next invoice.

## Section 5 Customer Data and Security

5.1 Customer Data belongs to the Customer. Tortola Cloudworks processes Customer Data only to provide the Service to the Customer and for no other purpose, and does not use it in aggregated, de-identified or any other form for its own purposes.

5.2 Customer Data is stored and processed in mainland China. Tortola Cloudworks maintains encryption in transit and at rest, role-based access, logging of administrative access, daily backups kept for 30 days and annual penetration tests, and complies with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.

5.3 Tortola Cloudworks will notify the Customer of any security incident affecting Customer Data within 24 hours after becoming aware of it, will take remedial action, and is responsible for the losses caused by an incident resulting from its breach of this Section.

5.4 Within 30 days after the end of the Subscription Term, Tortola Cloudworks will return Customer Data in a standard format at the Customer's request and then delete it, and certify the deletion in writing.

## Section 6 Intellectual Property

6.1 Tortola Cloudworks owns the Service and its software.

6.2 Customer Materials belong to the Customer. The Customer may use, copy, modify and license them freely, including after the Subscription Term, and Tortola Cloudworks will export them in editable form on request.

## Section 7 Subcontracting

7.1 Tortola Cloudworks may not subcontract any part of the Service or the onboarding without the Customer's prior written consent.

7.2 The Customer consents to the hosting provider named in the Order Form annex. Any change of hosting provider requires the Customer's prior written consent.

## Section 8 Confidentiality

8.1 Each party will keep confidential all non-public information received from the other party, use it only for this Agreement and protect it with at least reasonable care. This Section survives the end of the Agreement for three years.

## Section 9 Liability

9.1 Neither party is liable for indirect or consequential loss or loss of profit.

9.2 Tortola Cloudworks' total aggregate liability arising out of or in connection with this Agreement is limited to the fees paid or payable by the Customer in the six (6) months preceding the event giving rise to the claim.

9.3 The limit in Section 9.2 does not apply to breach of Section 5, death or personal injury, or fraud.

## Section 10 Term and Termination

10.1 This Agreement runs for the Subscription Term and ends at its expiry unless the parties sign a new Order Form. There is no automatic renewal.

10.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice of it.

10.3 On termination for Tortola Cloudworks' breach, fees for the remainder of the Subscription Term are not payable, and Tortola Cloudworks will assist with the export of Customer Data and Customer Materials.

## Section 11 Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute will be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time. The award is final and binding on both parties.

## Section 12 Customer Responsibilities

12.1 The Customer will appoint a project lead for onboarding, provide its HR system interface details and course source files on time, and ensure that its users keep their login credentials secure.

12.2 The Customer is responsible for the content it uploads and will not use the Service to store content that infringes third-party rights or breaches applicable law.

## Section 13 Support and Account Management

13.1 Tortola Cloudworks provides Chinese-language support through a hotline, email and an online ticket portal. A named customer success manager holds a quarterly review with the Customer covering availability, incidents, ticket statistics and usage, and agrees improvement actions where needed.

13.2 Tortola Cloudworks will give the Customer at least 30 days' notice of any update that changes the way users or administrators work, together with updated guides.

## Section 14 Force Majeure

14.1 Neither party is responsible for a delay or failure caused by events beyond its reasonable control, provided that it informs the other party promptly and works to limit the effect. Failures of Tortola Cloudworks' own suppliers are not force majeure unless they are themselves caused by such events.

## Section 15 General

15.1 Notices must be in writing and sent to the addresses in the Order Form, with a copy by email.

15.2 Neither party may assign this Agreement without the other party's written consent.
"""

E03 = """T:Supply Contract for Condition-Monitoring Sensors and Software
P:Contract No. ARC-EQ-2026-0072
P:Buyer: Anhui Riverside Cement Co., Ltd., 1 Changjiang East Road, Wuhu, Anhui Province, People's Republic of China (the "Buyer")
P:Supplier: Calpe Sensing Limited, a company registered in Gibraltar (company no. 118742), Suite 4, Ocean Village Business Centre, Gibraltar GX11 1AA (the "Supplier")
P:The Buyer wishes to install wireless condition monitoring on the kilns, mills, fans and conveyors of its Wuhu plant. The Supplier has offered the sensors, gateways, software and services below. The parties agree as follows. This Contract is prepared on the Buyer's standard form.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and spare parts listed in clause 2.
P:1.2 "Software" means the Supplier's monitoring software licensed under clause 2, including firmware embedded in the Equipment.
P:1.3 "Site" means the Buyer's cement plant at Wuhu, Anhui Province.
P:1.4 "Final Acceptance" means the Buyer's written certificate under clause 5.3.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install and commission the Equipment and Software at the Site, integrate the Software with the Buyer's distributed control system (DCS) historian, and train the Buyer's maintenance staff.
P:2.2 The Contract Price is CNY 971,000, inclusive of VAT, delivery to Site, installation, commissioning, training and all customs and import costs. The price is fixed and is itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration sensors|180|2,600|468,000
TB:2|Wireless surface temperature sensors|60|1,450|87,000
TB:3|Edge gateways (industrial, dual network)|12|9,800|117,600
TB:4|Monitoring software, perpetual site licence|1|186,000|186,000
TB:|Hardware and Licence Subtotal|||858,600
TB:5|Installation, commissioning and DCS integration|1 lot|96,400|96,400
TB:6|Training (maintenance and reliability staff)|1 lot|16,000|16,000
TB:|Contract Price|||971,000
H:3. Payment
P:3.1 No advance payment is made.
P:3.2 65% of the Contract Price (CNY 631,150) is payable within 30 days after the Equipment is installed and the Installation Certificate is signed. The Installation Certificate confirms installation only and is not acceptance.
P:3.3 35% of the Contract Price (CNY 339,850) is payable within 30 days after Final Acceptance.
P:3.4 Each payment is made in CNY against a VAT invoice issued by the Supplier's agent in China.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver the Equipment to the Site within 70 days after signature and complete installation within 30 days after delivery, during the plant's scheduled maintenance stops notified by the Buyer.
P:4.2 The Supplier's staff shall follow the Buyer's site safety rules, including permits for work at height and hot work, and shall wear the protective equipment the Buyer requires.
P:4.3 If the Supplier delays delivery or installation for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. These damages do not release the Supplier from completing the work.
P:4.4 On delivery the parties shall jointly open and count the Equipment against the packing lists. Missing or damaged items shall be replaced by the Supplier within 15 days at its own cost. Signing the delivery note confirms quantities only and is not acceptance of quality.
P:4.5 The Supplier shall supply, as part of the Contract Price, spare parts for the warranty period of at least 10 vibration sensors, 4 temperature sensors and 2 edge gateways, to be kept in the Buyer's store at the Site.
H:5. Acceptance
P:5.1 Acceptance testing starts after installation and consists of a 45-day trial run.
P:5.2 The acceptance criteria are: (a) all 240 sensors report to the Software at least every 10 minutes, with a data completeness of at least 98% over the trial run; (b) vibration readings agree with the Buyer's calibrated portable analyser within 5% on 20 sample points; (c) alarms reach the DCS historian and the maintenance team's mobile app within 60 seconds; (d) battery life estimates are shown for every sensor; and (e) the technical documentation is complete.
P:5.3 When the criteria are met, the Buyer shall issue the Final Acceptance certificate within 10 working days. Installation, use of the system or payment does not in itself constitute acceptance. If a criterion is not met, the Supplier shall correct the cause at its own cost and repeat the test.
H:6. Warranty and After-Sales Service
P:6.1 The warranty period is 36 months from Final Acceptance. During it the Supplier shall repair or replace defective Equipment, including sensor batteries that fail early, and provide Software updates free of charge.
P:6.2 Faults are classified as Severity 1 (a gateway or the Software is down, or more than 20 sensors stop reporting) and Severity 2 (other faults). For Severity 1 the Supplier shall respond within 1 hour and restore service within 24 hours, using spare gateways kept at the Site; for Severity 2 it shall respond within 8 hours and fix the fault within 5 working days.
P:6.3 For each hour by which the Supplier exceeds a Severity 1 response or restoration time, it shall pay the Buyer CNY 500.
P:6.4 After the warranty period the Buyer may order annual support at 7% of the Hardware and Licence Subtotal, that is CNY 60,102 per year, fixed for the two years following the warranty period. Support is ordered each year in writing and does not renew automatically.
P:6.5 The Supplier shall carry out a site visit every six months during the warranty period to check sensor mounting, battery condition and gateway health, and shall submit a written report with recommendations.
H:7. Intellectual Property
P:7.1 The Software and firmware remain the Supplier's property and are licensed to the Buyer perpetually for use at the Site.
P:7.2 The DCS integration scripts, dashboards and alarm rules configured for the Buyer belong to the Buyer, which may use and modify them freely and have them maintained by third parties.
H:8. Data Security
P:8.1 All measurement data, alarm records and plant information collected by the system belong to the Buyer and are stored on the Buyer's servers at the Site. The Supplier shall not copy them or use them for any purpose other than performing this Contract.
P:8.2 Remote access by the Supplier requires the Buyer's approval for each session and is made only through the Buyer's remote-access gateway. The Supplier shall keep its access accounts personal and report any security incident to the Buyer within 12 hours.
P:8.3 The Supplier is liable for losses caused by a data breach or security incident attributable to it or its personnel.
H:9. Training and Documentation
P:9.1 The Supplier shall train up to 20 maintenance and reliability staff of the Buyer at the Site for at least four working days, covering sensor installation and replacement, configuration of alarm thresholds, reading of spectra and trend reports, and first-line fault finding. Training materials shall be provided in Chinese.
P:9.2 The Supplier shall deliver, in Chinese and English, the as-built sensor location drawings, network diagram, configuration records, operating manual and maintenance manual, in paper and electronic form.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the technical and commercial information received from the other party and use it only for this Contract. This clause survives termination of the Contract.
P:10.2 The Supplier shall ensure that its staff and any approved subcontractor sign confidentiality undertakings before they are given access to the Site or to the Buyer's information.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 8 and 10.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if the delay damages under clause 4.3 reach their maximum.
H:14. Force Majeure
P:14.1 Neither party is liable for delay or failure caused by force majeure, such as earthquake, flood, epidemic or government action, provided that it notifies the other party promptly and provides evidence within 15 days. If force majeure lasts more than 60 days, either party may terminate the Contract by written notice.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the Hefei Arbitration Commission for arbitration in Hefei.
H:16. General
P:16.1 The Buyer shall provide free of charge the power supply points, network connections to the DCS historian, server capacity and site access needed for the installation, and shall name a site coordinator. Where the Buyer fails to do so in time, the delivery and installation periods are extended accordingly.
P:16.2 Notices under this Contract shall be given in writing to the addresses above, with a copy by email to the named project managers.
P:16.3 This Contract is signed in two originals in English, one for each party, and takes effect on signature.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________    Date: ____________
"""

E04 = """# MANAGED MEETING-ROOM SERVICES AGREEMENT

Agreement reference: SHTS-MS-2026-009

**BETWEEN**

Stanley Harbour Technical Services Ltd., a company registered in the Falkland Islands, Ross Road, Stanley, Falkland Islands FIQQ 1ZZ (the "Provider"), acting through its project office in Suzhou; and

Suzhou Lakeside Engineering Design Institute Co., Ltd., 199 Xinghu Street, Suzhou Industrial Park, Jiangsu, People's Republic of China (the "Customer").

**BACKGROUND**

The Customer has 42 meeting rooms in its Suzhou headquarters and two branch offices, equipped with video-conferencing systems, displays, room panels and audio equipment. The Customer wishes the Provider to take over the management, monitoring, maintenance and user support of these rooms as a managed service. The Customer's own IT team will continue to manage the corporate network, the calendar system and user accounts, and will work with the Provider on faults that involve those systems. All charges are in Chinese Yuan (CNY).

## 1. DEFINITIONS

1.1 "Services" means the managed meeting-room services described in Schedule 1.

1.2 "Rooms" means the 42 meeting rooms listed in Schedule 1.

1.3 "Service Commencement Date" means the date on which the Customer confirms acceptance of the onboarding under clause 4.

1.4 "Term" means 24 months from the Service Commencement Date.

## 2. SERVICES

2.1 The Provider shall provide the Services for all Rooms during the Term in accordance with this Agreement and the service levels in Schedule 2.

2.2 The Services include remote monitoring of all room equipment, a Chinese-language service desk, preventive maintenance visits, on-site repair and replacement of faulty equipment, firmware management, meeting support for board and client meetings booked at least 24 hours in advance, and monthly reporting.

2.3 Moves, additions and changes of Rooms are quoted separately at the rates agreed in the quarterly service review.

2.4 The Provider shall keep a stock of spare codecs, cameras, microphones and room panels in Suzhou sufficient to replace faulty equipment within the restoration times in Schedule 2.

## 3. CHARGES AND PAYMENT

3.1 The charges are set out in Schedule 3. The total contract value is CNY 1,198,000.

3.2 The monthly service charge is invoiced monthly in arrears and is payable within 30 days after receipt of a valid VAT invoice.

3.3 The onboarding charge is invoiced after the Service Commencement Date and is payable within 30 days after receipt of the invoice.

3.4 No payment is due before the Services start. Charges are fixed for the Term.

## 4. ONBOARDING AND ACCEPTANCE

4.1 The Provider shall complete onboarding by 31 May 2026. Onboarding includes a survey of all Rooms, an equipment inventory, installation of monitoring agents, set-up of the service desk, and a health check with a remediation list.

4.2 Onboarding is accepted when: (a) all 42 Rooms report to the monitoring platform; (b) the inventory is verified by the Customer; (c) the service desk handles a test set of 20 tickets correctly; and (d) a ten-working-day pilot passes without a missed Priority 1 target. The Customer shall confirm acceptance in writing within five working days after completion, or list the failures, which the Provider shall correct.

4.3 If onboarding is not accepted by 31 May 2026 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,200 for each day of delay until acceptance.

## 5. SERVICE LEVELS AND CREDITS

5.1 The Provider shall meet the response and restoration times in Schedule 2.

5.2 If the Provider misses a target, it shall grant the service credits in Schedule 2. Credits are deducted from the next monthly invoice and are capped at 20% of the monthly service charge.

5.3 The Provider shall report its performance against Schedule 2 each month and attend a quarterly service review with the Customer.

5.4 The monthly report shall list every ticket with its priority, the times of logging, response and restoration, the cause of the fault and the action taken, and the credits due. The Customer may dispute the report within ten working days.

## 6. CUSTOMER DATA

6.1 Room booking records, meeting recordings made at the Customer's request, device logs and user lists ("Customer Data") belong to the Customer. The Provider may use Customer Data only to perform the Services.

## 7. CONFIDENTIALITY

7.1 Each party shall keep confidential all information received from the other party that is marked confidential or is confidential by its nature, including the Customer's project and client information, and shall use it only for this Agreement. This clause survives the end of the Agreement for three years.

## 8. INTELLECTUAL PROPERTY

8.1 The Provider's monitoring platform and tools remain the Provider's property.

8.2 Room configurations, user guides, dial plans and reports prepared for the Customer belong to the Customer, which may use and modify them freely and hand them to another provider.

## 9. LIABILITY

9.1 Each party's total liability under this Agreement is limited to 150% of the total contract value, except for personal injury, fraud and wilful misconduct.

9.2 Neither party is liable for indirect loss or loss of profit.

## 10. SUBCONTRACTING

10.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for the work of any approved subcontractor.

## 11. TERM AND TERMINATION

11.1 This Agreement ends at the end of the Term. Any extension must be agreed in writing; there is no automatic renewal.

11.2 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within 30 days after notice, or if the Provider misses Priority 1 targets in three months of any six-month period.

11.3 At the end of the Agreement the Provider shall hand over all configurations, documentation and Customer Data to the Customer or a new provider within 20 days.

## 12. PROVIDER PERSONNEL

12.1 The Provider shall name a service manager responsible for the Services and a resident technician at the Suzhou headquarters on working days. Replacement of the service manager requires thirty days' notice to the Customer.

12.2 The Provider's staff shall follow the Customer's office rules, sign in and out at reception, and wear identification badges while on the Customer's premises.

## 13. CUSTOMER RESPONSIBILITIES

13.1 The Customer shall give the Provider's staff access to the Rooms and equipment rooms during business hours, provide network connections for the monitoring agents, and name a facilities contact at each site.

13.2 The Customer remains the owner of the room equipment and is responsible for replacing equipment that reaches the end of its life. The Provider shall advise the Customer in its quarterly review of equipment that should be replaced within the following two quarters.

## 14. FORCE MAJEURE

14.1 Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disaster, epidemic or government action, provided that it notifies the other party promptly and takes reasonable steps to resume performance. Service levels are suspended for the affected Rooms during such an event.

## 15. GOVERNING LAW AND DISPUTES

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Disputes shall be submitted to the Suzhou Arbitration Commission for arbitration in Suzhou.

## 16. GENERAL

16.1 This Agreement consists of these clauses and Schedules 1 to 3. Changes must be agreed in writing.

16.2 Signed in two originals, one for each party.

For the Provider: ____________________  Date: __________

For the Customer: ____________________  Date: __________

---

## SCHEDULE 1 — ROOMS AND SERVICES

| Site | Rooms | Typical equipment |
|---|---|---|
| Suzhou headquarters | 30 | codec, PTZ camera, dual displays, ceiling microphones, room panel |
| Wuxi branch office | 7 | codec, camera, display, tabletop microphones |
| Nantong branch office | 5 | codec, camera, display, tabletop microphones |
| Total | 42 | |

| Service element | Scope |
|---|---|
| Monitoring | all room equipment, 07:00 to 22:00 Beijing time, every day |
| Service desk | telephone, email and ticket portal, Chinese language |
| Preventive maintenance | each Room visited every three months |
| Meeting support | on-site technician for booked board and client meetings in Suzhou |
| Reporting | monthly report on tickets, targets, equipment status and usage |

## SCHEDULE 2 — SERVICE LEVELS AND CREDITS

| Priority | Definition | Response | Restoration |
|---|---|---|---|
| Priority 1 | a Room cannot hold a video meeting, or a booked board or client meeting is affected | 6 hours | 1 business day |
| Priority 2 | a Room works with reduced function | 8 business hours | 3 business days |
| Priority 3 | a request or minor fault | 2 business days | 5 business days |

| Missed target | Service credit |
|---|---|
| Priority 1 response or restoration | CNY 800 per incident |
| Priority 2 restoration | CNY 300 per incident |
| Monthly report late | CNY 200 |

## SCHEDULE 3 — CHARGES

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Onboarding | one-time | 38,800 |
| Monthly service charge | 42 Rooms x CNY 1,150 = CNY 48,300 per month x 24 months | 1,159,200 |
| Total contract value | | 1,198,000 |
"""

E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. SMD-API-2026-0420

Provider: Seven Mile Market Data Ltd., an exempted company incorporated in the Cayman Islands, 94 Fort Street, George Town, Grand Cayman KY1-1102, Cayman Islands ("Provider")

Customer: Qingdao Jiaozhou Bay Grain Import and Export Co., Ltd., 18 Xianggang Middle Road, Shinan District, Qingdao, Shandong, People's Republic of China ("Customer")

Background. The Provider publishes daily and intraday market data on dry-bulk freight rates, grain and oilseed prices, port line-ups and crop conditions through an application programming interface (the "API"). The Customer imports soybeans, corn and barley and wishes to feed this data into its trading, chartering and risk systems. At the Customer's request, all fees are stated and paid in Chinese Yuan (CNY).

Clause 1. Definitions
1.1 "Data" means the market data delivered through the API under the data packages in Clause 2.
1.2 "Subscription Term" means the period from 1 July 2026 to 30 June 2028, made up of two Subscription Years, each starting on 1 July.
1.3 "Customer Data" means the queries, watchlists, user lists and any data the Customer uploads to the Provider's systems, including API keys issued to the Customer.
1.4 "Customer Work Product" means models, reports, dashboards, analyses and integration code created by or for the Customer using the Data.
1.5 "Access Acceptance" means the Customer's written confirmation under Clause 4.

Clause 2. Subscription
2.1 The Provider grants the Customer, for the Subscription Term, a non-exclusive, non-transferable licence to access the API and use the Data internally in its trading, chartering, risk and management reporting, by up to 25 named users and the Customer's own systems.
2.2 The data packages are: (a) Dry Bulk Freight (Capesize, Panamax and Supramax routes to North China ports); (b) Grains and Oilseeds (export prices from Brazil, Argentina, the United States and the Black Sea); (c) Port Line-ups (loading and discharge line-ups for 60 ports); and (d) Crop Conditions (weekly reports and satellite-based yield estimates).
2.3 The API allowance is 3,000,000 calls per Subscription Year. Calls above the allowance are charged at CNY 0.08 per call, invoiced quarterly in arrears. Overage charges are not part of the Total Contract Value.
2.4 The Customer may show the Data to its own employees and may include limited extracts in internal reports, but may not resell or publish the Data or make it available to third parties, except that derived figures which do not allow the Data to be reconstructed may be shared with the Customer's banks and auditors.

Clause 3. Fees and Payment
3.1 The fees are:
- Subscription fee: CNY 396,000 per Subscription Year x 2 = CNY 792,000;
- Set-up and integration support (sandbox, schema mapping, two integration workshops): CNY 18,000, one-time;
- Total Contract Value: CNY 810,000.
3.2 The subscription fee is invoiced quarterly in advance, at the start of each calendar quarter of the Subscription Term (CNY 99,000 per quarter), and is payable within 30 days of invoice.
3.3 The set-up fee is invoiced after Access Acceptance and is payable within 30 days of invoice.
3.4 Fees are fixed for the Subscription Term. Payments are made in CNY to the Provider's collection account in Shanghai.

Clause 4. Set-up and Access Acceptance
4.1 The Provider shall make a sandbox available within 10 days after signature and production API credentials available by 1 July 2026.
4.2 Access Acceptance requires that: (a) all four data packages are available through the production API; (b) the fields delivered match the data dictionary in Schedule A; (c) a reconciliation of 20 trading days of history against the Provider's published reports shows no differences; and (d) the Customer's test integration retrieves each package successfully. The Customer shall confirm acceptance in writing within ten working days or list the failed items, which the Provider shall correct and present again.
4.3 If production credentials meeting Clause 4.2 are not available by 1 July 2026 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 600 for each day of delay, and the first Subscription Year shall be extended by the same number of days at no charge.

Clause 5. Availability and Support
5.1 The Provider will use commercially reasonable efforts to keep the API available and to deliver the Data on the publication schedule in Schedule A. The Provider does not commit to any availability level, response time or resolution time, and no service credits apply.
5.2 Support is available by email and through the Provider's customer portal during Singapore business hours on business days. The Provider will publish planned maintenance on its status page in advance where practicable.
5.3 If a data package is not delivered for more than ten consecutive business days, the Customer may suspend payment of the fee for that package until delivery resumes.

Clause 6. Customer Data and Security
6.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to provide the API and support to the Customer and shall not use it for any other purpose, including analysis of the Customer's trading interest.
6.2 The Provider shall protect Customer Data with encryption in transit and at rest, access restricted to named support staff, logging of access and secure key management, and shall revoke and reissue API keys on the Customer's request.
6.3 The Provider shall notify the Customer within 24 hours after becoming aware of any security incident affecting Customer Data, take remedial action and cooperate with the Customer's investigation, and is responsible for the losses caused to the Customer by an incident attributable to the Provider.
6.4 At the end of the Subscription Term the Provider shall delete Customer Data within 30 days and confirm the deletion in writing.

Clause 7. Intellectual Property
7.1 The Provider and its licensors own the Data and the API.
7.2 Customer Work Product belongs to the Customer, which may use, modify and license it freely, subject only to Clause 2.4 as to any Data contained in it.

Clause 8. Confidentiality
8.1 Each party shall keep confidential all non-public information received from the other party, including the terms of this Agreement and the Customer's watchlists and positions, use it only for this Agreement and disclose it only to staff and advisers who need to know it. This Clause survives for three years after the end of the Agreement.

Clause 9. Warranties
9.1 The Provider warrants that it has the right to license the Data, that the Data will be compiled with reasonable skill and care, and that the API will conform in all material respects to its documentation. The Data is market information and the Provider does not warrant that any price or estimate will prove correct.

Clause 10. Liability
10.1 Neither party is liable for indirect or consequential loss, or for trading losses arising from decisions made on the basis of the Data.
10.2 Subject to Clause 10.1, each party's total liability under this Agreement is limited to 150% of the Total Contract Value. This limit does not apply to breach of Clause 6 or Clause 8, fraud, or death and personal injury.

Clause 11. Subcontracting
11.1 The Provider shall not subcontract the hosting or delivery of the API, or any processing of Customer Data, without the Customer's prior written consent. The Provider remains responsible for any subcontractor the Customer approves.

Clause 12. Term, Renewal and Termination
12.1 This Agreement runs for the Subscription Term. It does not renew automatically; any renewal requires a new written order signed by both parties.
12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.
12.3 If the Customer terminates under Clause 12.2, the Provider shall refund the prepaid fees for the period after termination.

Clause 13. Customer Obligations
13.1 The Customer shall keep its API keys and user credentials secure, use the API within the allowance and the technical limits in the documentation, and inform the Provider promptly of any suspected misuse of its credentials.
13.2 The Customer shall name an account contact and a technical contact, provide test access to its integration environment for Access Acceptance, and give the Provider reasonable cooperation in any audit of the use of the Data, which the Provider may request not more often than once per Subscription Year.

Clause 14. Governing Law and Jurisdiction
14.1 This Agreement is governed by the laws of the Cayman Islands.
14.2 The courts of the Cayman Islands have exclusive jurisdiction to settle any dispute arising out of or in connection with this Agreement.

Clause 15. General
15.1 Neither party may assign this Agreement without the other party's prior written consent.
15.2 Notices shall be given in writing to the addresses above, with a copy by email to the account contacts named in Schedule A.
15.3 This Agreement, with Schedule A (data packages, data dictionary and publication schedule), is the entire agreement of the parties on its subject matter.

Signed for Seven Mile Market Data Ltd.: ____________________  Name and title: ____________  Date: ________

Signed for Qingdao Jiaozhou Bay Grain Import and Export Co., Ltd.: ____________________  Name and title: ____________  Date: ________
"""

SOURCES = {"h528z01": Z01, "h528z02": Z02, "h528z03": Z03, "h528z04": Z04, "h528z05": Z05,
           "h528e01": E01, "h528e02": E02, "h528e03": E03, "h528e04": E04, "h528e05": E05}
FILES = {"h528z01": "h528z01_civil_air_defence_siren_control_platform.pdf",
         "h528z02": "h528z02_diaper_line_control_retrofit_maintenance.docx",
         "h528z03": "h528z03_yoga_chain_scheduling_membership_saas.txt",
         "h528z04": "h528z04_cultural_centre_ich_platform_annual_om.txt",
         "h528z05": "h528z05_salted_duck_traceability_supplier_template.md",
         "h528e01": "h528e01_guernsey_wms_perpetual_licence_services.pdf",
         "h528e02": "h528e02_bvi_learning_saas_order_form.md",
         "h528e03": "h528e03_gibraltar_condition_monitoring_sensors.docx",
         "h528e04": "h528e04_falklands_managed_meeting_room_service.md",
         "h528e05": "h528e05_cayman_market_data_api_subscription.txt"}
TARGETS = {k: (v, v.rsplit(".", 1)[1]) for k, v in FILES.items() if v.endswith((".docx", ".pdf"))}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

BASE = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="service")

# (language, category, terms overriding BASE, extra, tco inputs for goods: licence/hardware base, fee %, warranty months)
D = {
 "h528z01": ("zh", "software", dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.1, prepayment_pct=20,
             final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=9, contract_kind="goods_or_licence"),
             dict(contract_value=2160000, capped=True), (1280000, 9, 36)),
 "h528z02": ("zh", "hardware", dict(availability_pct=99.5, p1_response_hours=0.5, ld_rate_per_day_pct=0.08, prepayment_pct=20,
             final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=8, subcontract_without_consent=True,
             contract_kind="goods_or_licence"), dict(contract_value=2290000, capped=True), (1870000, 8, 24)),
 "h528z03": ("zh", "cloud", dict(availability_pct=99.95, p1_response_hours=0.25, confidentiality=False,
             ld_rate_per_day_pct=800 / 882400 * 100, auto_renewal_price_increase=True), dict(contract_value=882400), None),
 "h528z04": ("zh", "services", dict(p1_response_hours=6, ld_rate_per_day_pct=0.1, termination_for_breach=False,
             governing_law=None), dict(contract_value=402000), None),
 "h528z05": ("zh", "software", dict(p1_response_hours=2, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
             ld_rate_per_day_pct=0.02, liability_cap_pct=20, prepayment_pct=65, acceptance_clause=False,
             final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=28, subcontract_without_consent=None,
             governing_law=None, contract_kind="goods_or_licence"),
             dict(contract_value=1000000, capped=True, deemed=True), (700000, 28, 6)),
 "h528e01": ("en", "software", dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=20,
             final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=11, governing_law="Guernsey",
             contract_kind="goods_or_licence"), dict(contract_value=1410000, capped=True), (1008000, 11, 24)),
 "h528e02": ("en", "cloud", dict(availability_pct=99.95, p1_response_hours=0.5, liability_cap_pct=6 / 36 * 100),
             dict(contract_value=730000, ld_stated=False), None),
 "h528e03": ("en", "hardware", dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=200,
             final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=7, contract_kind="goods_or_licence"),
             dict(contract_value=971000, capped=True), (858600, 7, 36)),
 "h528e04": ("en", "services", dict(p1_response_hours=6, data_security_clause=False, ld_rate_per_day_pct=1200 / 1198000 * 100,
             liability_cap_pct=150), dict(contract_value=1198000), None),
 "h528e05": ("en", "cloud", dict(sla_remedy=False, ld_rate_per_day_pct=600 / 810000 * 100, liability_cap_pct=150,
             governing_law="Cayman Islands"), dict(contract_value=810000, sla_clause=False), None),
}

DESIGN = {  # my design list, written before the labels
 "h528z01": [], "h528e03": [], "h528e01": ["CR-GOVERNING-LAW"],
 "h528z02": ["CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"],
 "h528z03": ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY"],
 "h528z04": ["CR-SLA-RESPONSE", "CR-TERMINATION"],
 "h528e02": ["CR-LD-MISSING", "CR-LIABILITY-CAP"],
 "h528e04": ["CR-DATA-SECURITY", "CR-SLA-RESPONSE"],
 "h528e05": ["CR-GOVERNING-LAW", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
 "h528z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
             "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(value, tco):
    """policy section 4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years."""
    base, pct, wm = tco
    fees = base * pct / 100 * max(0.0, 5 - wm / 12)
    return fees / (value + fees) * 100


def rules_from_labels(t, x, tco):
    """My own reading of policy.md section 3 on a label (not project code)."""
    r = set()
    goods = t["contract_kind"] == "goods_or_licence"
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if tco and t["post_warranty_fee_pct"] is not None and tco_share(x["contract_value"], tco) > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):  # no forum outside mainland China without a foreign law in this set
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def label(key):
    lang, cat, over, ex, tco = D[key]
    t = dict(BASE)
    t.update(over)
    t = {k: t[k] for k in TERM_KEYS}
    x = {"sla_clause": ex.get("sla_clause", True), "ld_stated": ex.get("ld_stated", True)}
    if t["contract_kind"] == "goods_or_licence":
        x["post_warranty_fee_capped"] = ex["capped"]
    x["acceptance_deemed_on_delivery"] = ex.get("deemed", False)
    x["contract_value"] = ex["contract_value"]
    rules = rules_from_labels(t, x, tco)
    assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
    return {"file": FILES[key], "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
            "expected_rules": rules}


def check_thresholds(lab, tco):
    t, x = lab["expected_terms"], lab["expected_extra"]
    bad = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
           "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
    for k, v in bad.items():
        assert t[k] is None or abs(t[k] - v) > 1e-9, (lab["file"], k)
    if tco:
        share = tco_share(x["contract_value"], tco)
        assert abs(share - 40) > 2, (lab["file"], share)
        return share
    return None


# ---- threshold figures in text ----
CN = "零一二三四五六七八九十百千点"
PATTERNS = [
    r"(?<![\d.])99\.9(?![\d])", r"(?<![" + CN + r"])九十九点九(?![" + CN + r"])",
    r"(?<![\d.])4\s*(?:小时|个小时|h\b|hours?\b|-hour)", r"(?<![" + CN + r"])四\s*个?\s*小时", r"\bfour[\s-]+hours?\b",
    r"(?<![\d.])240\s*(?:分钟|min)",
    r"(?<![\d.])0\.05(?![\d])\s*(?:%|％|per\s*cent|percent)", r"万分之五(?![" + CN + r"])",
    r"(?<![\d.])100(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之百", r"one\s+hundred\s+per\s*cent",
    r"(?<![\d.])30(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之三十(?![" + CN + r"])", r"三成", r"thirty\s+per\s*cent",
    r"(?<![\d.])12\s*(?:个月|months?\b|-month)", r"十二\s*个月", r"\btwelve[\s-]+months?\b", r"一年", r"\bone[\s-]+years?\b",
    r"(?<![\d.])1\s*(?:-|\s)?years?\b",
    r"(?<![\d.])15(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"(?<![" + CN + r"])百分之十五(?![" + CN + r"])", r"fifteen\s+per\s*cent",
    r"(?<![\d.])40(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"(?<![" + CN + r"])百分之四十(?![" + CN + r"])", r"四成", r"forty\s+per\s*cent",
    r"(?<![\d.])5\s*(?:年(?!度)|years?\b|-year)", r"(?<![" + CN + r"])五\s*年(?!度)", r"\bfive[\s-]+years?\b",
    r"(?<![\d.])60\s*(?:个月|months?\b|-month)", r"六十\s*个月", r"\bsixty[\s-]+months?\b",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "九十九点九", "4小时", "4 小时", "四小时", "四个小时", "4 hours", "four hours", "4-hour", "240分钟",
            "0.05%", "0.05 per cent", "万分之五", "100%", "百分之百", "30%", "30 per cent", "百分之三十", "三成", "12个月",
            "12 months", "十二个月", "twelve months", "一年", "one year", "15%", "百分之十五", "40%", "四成", "百分之四十",
            "5年", "五年", "five years", "5 years", "60 months", "60个月", "1 year"]
MUST_MISS = ["24小时", "二十四小时", "24 hours", "14 hours", "99.95%", "99.5%", "115%", "0.15%", "150%", "2025年", "2026年",
             "万分之五十", "万分之八", "服务年度", "Subscription Year", "130%", "140%", "45%", "35%", "0.1%", "120 concurrent",
             "312,000", "2 years", "36 months", "24 months", "二十四个月", "三十六个月", "十五日", "15日", "3 hours", "1 hour",
             "100,500", "1,000,000", "30 days", "65%", "25 named", "三个服务年度", "2%"]


def hits(text):
    out = []
    for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in RX:
            out += [m.group(0) for m in rx.finditer(form)]
    return out


def self_test():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(text) if lang == "zh" else len(text.split())


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    sys.dont_write_bytecode = True
    from word_pdf import write

    self_test()
    write(SOURCES, TARGETS, OUT, wrap_words=True)
    for key, name in FILES.items():
        if not name.endswith((".docx", ".pdf")):
            (OUT / name).write_text(SOURCES[key], encoding="utf-8")
            print("wrote", name)
    covered = set()
    ok = True
    for key, name in FILES.items():
        lab = label(key)
        share = check_thresholds(lab, D[key][4])
        (OUT / name.rsplit(".", 1)[0]).with_suffix(".json").write_text(
            json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        covered |= set(lab["expected_rules"])
        text = read_back(OUT / name)
        lang = D[key][0]
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        h = hits(text) + hits(SOURCES[key])
        risk = "high" if set(lab["expected_rules"]) & HIGH else (
            "medium" if set(lab["expected_rules"]) - LOW else "low")
        print("%-58s %s %5d %s tco=%s risk=%s %s" % (name, lang, n, "OK" if lo <= n <= hi else "OUT OF RANGE",
              None if share is None else round(share, 2), risk, ",".join(r[3:] for r in lab["expected_rules"]) or "-"))
        if h:
            print("   THRESHOLD TEXT:", h)
        ok = ok and lo <= n <= hi and not h
    missing = set(ALL_RULES) - covered
    assert not missing, missing
    assert ok, "length or threshold check failed"
    print("all 20 rules covered; lengths in range; no threshold text")
