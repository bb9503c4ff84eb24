"""holdout884: builds the ten draft contracts from the sources below, writes their .json labels and asserts the checks
(lengths, no threshold value or figure, rules derived from labels = design list, coverage of all 20 CR rules).
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:市住房和城乡建设局骑楼街区保护管理平台采购合同
P:合同编号：ZJJ-CG-2027-0316    采购方式：公开招标（政府采购）
P:甲方（采购人）：东岭市住房和城乡建设局
P:乙方（供应商）：广州岭南数城信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，双方就骑楼街区保护管理平台（以下简称“平台”）的采购事宜，在平等、自愿的基础上订立本合同。招标文件、投标文件及中标通知书为本合同组成部分。
H:第一条 采购内容与合同价款
P:1.1 乙方向甲方提供骑楼街区保护管理平台软件许可（永久许可，不限用户数），并完成以下定制开发：骑楼建筑档案库、街区日常巡查、修缮申请网上审批、骑楼立面风貌比对、保护对象“一张图”展示与移动巡查端。
P:1.2 合同总价为人民币壹佰陆拾捌万元整（¥1,680,000），含税，为固定总价。其中：平台软件许可费¥720,000；定制开发费¥686,000；历史档案数据整理入库费¥148,000；部署实施及培训费¥126,000。
P:1.3 合同总价已包含软硬件环境适配、第三方安全测评配合、差旅、税费及质保期内的全部服务费用，甲方不再另行支付任何费用。
P:1.4 培训内容包括平台操作、巡查端使用、系统管理及日常运维，培训对象为甲方及各区住建部门业务人员，不少于120人次。
H:第二条 交付与工期
P:2.1 乙方应于合同签订后150日内完成平台部署及定制功能开发并提交初验申请，于初验合格后90日内完成试运行并提交终验申请。
P:2.2 平台部署于甲方政务云，乙方不得将平台或数据部署于甲方指定环境以外的任何服务器。
P:2.3 乙方应组建不少于8人的项目团队，项目经理须具有同类平台建设经验，未经甲方同意不得更换。乙方每两周向甲方提交项目进度报告，重大问题随时书面报告。
P:2.4 甲方负责提供政务云资源、骑楼普查成果及既有档案资料，并协调区住建部门、街道办事处配合调研。甲方提供资料迟延的，工期相应顺延。
P:2.5 乙方应在开发过程中遵守传统建筑保护相关技术规范，巡查端上传的照片须带有时间、定位水印。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后15个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台通过初验后15个工作日内，甲方支付合同总价的45%。
P:3.3 平台通过终验后15个工作日内，甲方支付合同总价的35%。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方付款以财政资金到位为前提，因财政审批程序导致的合理延迟不视为甲方违约。
H:第四条 验收
P:4.1 初验标准：需求规格说明书所列功能全部实现；骑楼建筑档案迁移数量与原始台账逐条核对一致；在500个并发用户下，一般查询响应时间不超过2秒，“一张图”加载不超过3秒；通过甲方委托的第三方安全测评，无高危漏洞。
P:4.2 终验标准：试运行期不少于60日，期间未发生一级故障；巡查、审批全流程在真实业务中连续运行；培训考核合格；技术文档、源代码及部署手册完整移交。
P:4.3 初验或终验不合格的，乙方应在15日内整改并重新申请验收，由此产生的费用由乙方承担。
P:4.4 平台上线试运行、甲方使用平台或支付任何款项，均不视为验收合格。验收以甲方签署的书面验收报告为准。
H:第五条 质保与维护
P:5.1 平台质保期为二十四个月，自终验合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、安全补丁和技术支持，并每季度巡检一次、提交巡检报告，台风季前完成专项检查。
P:5.2 质保期满后，如甲方需要续购维护服务，年度维护费不超过平台软件许可费的8%（即每年不超过¥57,600），且质保期满后三年内不得上调。维护服务合同由双方另行签订，不自动续期。
H:第六条 服务水平
P:6.1 平台月度可用率不低于99.95%，计划内维护须提前3个工作日报甲方同意，且不计入不可用时间。乙方应提供7×24小时服务热线，指定专人担任服务经理，每月向甲方提交服务报告。
P:6.2 故障分级响应：一级故障（平台整体不可用或数据错误）30分钟内响应、2小时内到场；二级故障（主要功能不可用）1小时内响应、8小时内解决；三级故障于下一个工作日内解决。
P:6.3 乙方未达到上述响应时限的，每迟延1小时向甲方支付¥1,000；月度可用率每低于约定值0.01个百分点，扣减当年维护相关款项¥2,000，甲方可从应付款中直接扣除。
H:第七条 知识产权
P:7.1 平台产品本身的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 为本项目定制开发的全部成果，包括源代码、数据库设计、接口程序和技术文档，其知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再开发。
P:7.3 乙方保证其交付成果不侵犯任何第三方的合法权益，因侵权引起的一切责任由乙方承担。
H:第八条 数据安全
P:8.1 平台内的骑楼档案、测绘数据、产权人信息及业务数据均属于甲方，乙方仅为履行本合同使用，不得用于其他任何目的，不得留存或向任何第三方提供。
P:8.2 乙方应按网络安全等级保护第三级要求落实安全措施，运维操作须经堡垒机并留存日志，不得将数据拷贝出政务云环境。
P:8.3 发生或可能发生数据泄露、篡改等安全事件时，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任。
P:8.4 合同终止或履行完毕后，乙方应在10日内删除其掌握的全部甲方数据副本，并向甲方出具书面删除确认。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方工作秘密、未公开的规划信息及产权人个人信息负有保密义务，未经甲方书面同意不得披露。保密义务不因合同终止而解除。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 乙方交付成果不符合合同约定的，应在甲方规定期限内免费整改；整改后仍不合格的，甲方有权解除合同。
P:10.3 甲方无正当理由逾期付款的，按中国人民银行同期贷款市场报价利率向乙方支付逾期利息。
P:10.4 乙方违反本合同第八条、第九条约定的，除赔偿甲方损失外，甲方有权解除合同。
H:第十一条 分包与转包
P:11.1 乙方不得将本项目转包，亦不得将本项目任何部分分包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除本合同，乙方应退还已收取的相应款项并赔偿甲方损失。
P:12.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。受不可抗力影响的一方应在5日内书面通知对方并提供证明，并采取合理措施减少损失。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:14.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等法律效力。
P:14.3 本合同附件：需求规格说明书、分项报价表、验收测试方案、项目人员名单。
P:甲方（盖章）：                乙方（盖章）：
P:签约日期：2027年3月16日
"""

Z02 = """T:生产线控制系统改造项目合同
P:合同编号：HQ-SB-2027-021
P:甲方：台州鸿泉卫浴水暖有限公司
P:乙方：杭州拓控自动化工程有限公司
P:甲方拟对其铸造、机加工、抛光及装配共六条水龙头生产线的控制系统进行改造。经商务谈判，双方就设备供货、软件许可、程序编制、安装调试及维保服务订立本合同。
H:第一条 合同范围与价格
P:1.1 乙方负责提供下表所列设备和软件，完成六条生产线的控制系统改造、程序编制、安装调试、联调试运行及培训，使改造后的生产线达到技术协议规定的性能指标。
TB:序号|项目|数量|金额（元）
TB:1|PLC控制器及扩展模块|18套|486,000
TB:2|伺服驱动器及电机|64套|512,000
TB:3|触摸屏人机界面|24台|108,000
TB:4|工控机及工业交换机|12套|176,000
TB:5|SCADA监控软件许可（永久）|1套|298,000
TB:6|MES数据采集软件许可（永久）|1套|270,000
TB:|软硬件小计||1,850,000
TB:7|安装调试及联调|1项|386,000
TB:8|PLC及机器人程序编制|1项|92,000
TB:9|操作及维护培训|1项|32,000
TB:|合同总价||2,360,000
P:1.2 合同总价为人民币贰佰叁拾陆万元整（¥2,360,000），含13%增值税，包含运输、保险、安装、调试、培训及质保期内的服务费用。
P:1.3 乙方保证所供设备为原厂全新正品，PLC、伺服等核心部件的品牌型号与技术协议一致，不得擅自替换；如需替换，须经甲方书面确认且性能不低于原定型号。
H:第二条 交货与工期
P:2.1 乙方应在合同生效后60日内将全部设备运抵甲方工厂；改造施工分线进行，每条生产线停产改造时间不得超过7日，全部改造于合同生效后150日内完成。
P:2.2 乙方应按甲方生产计划安排施工，施工期间遵守甲方安全生产管理制度，因乙方原因造成的人员伤亡和财产损失由乙方承担。
P:2.3 乙方应派驻项目经理一名及电气、程序工程师不少于四名，项目经理在改造期间须常驻甲方工厂。乙方每周提交施工进度报告。
P:2.4 甲方负责提供施工用电、临时场地及原有设备图纸，并安排生产线停产窗口。因甲方原因延误的，工期相应顺延。
P:2.5 改造期间乙方应做好原有控制柜、线缆的拆除标识和旧设备清点，拆除的旧设备归甲方所有，由乙方运至甲方指定仓库。
H:第三条 付款
P:3.1 合同生效后10个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 全部设备到货并安装调试完成后，甲方支付合同总价的55%。到货签收及安装调试完成不视为验收合格。
P:3.3 项目终验合格后，甲方支付合同总价的35%。
P:3.4 乙方应在每期付款前开具等额增值税专用发票。
H:第四条 验收
P:4.1 每条生产线改造完成后连续试运行不少于15个工作日，试运行期间节拍、良品率、设备综合效率达到技术协议规定的指标，且未发生因控制系统原因导致的停线。
P:4.2 终验内容包括：控制程序功能测试、急停与安全联锁测试、MES数据采集完整性核对（采集点位与清单逐一核对）、SCADA画面与报警功能测试、技术资料与程序备份移交。
P:4.3 验收由双方共同进行并签署书面验收报告。验收不合格的，乙方应在10日内整改后重新验收。甲方在试运行期间的正常生产使用不视为验收合格。
P:4.4 乙方应在终验时移交电气原理图、接线图、程序源文件、参数备份、操作手册及维护手册各一套（纸质及电子版）。
H:第五条 质保与维保服务
P:5.1 质保期为十八个月，自终验合格之日起计算。质保期内设备及软件的维修、更换、升级和技术支持均免费。质保期满前一个月，双方共同对设备和软件进行一次全面检查，发现的问题由乙方免费处理。
P:5.2 质保期满后，乙方提供维保服务（含备品备件、定期巡检及一名驻厂工程师），年度维保服务费按软硬件小计的32%计取，即每年人民币592,000元，该费用在质保期满后三年内固定不变。维保合同逐年签订，不自动续期。
P:5.3 一级故障（整条生产线停线）乙方应在1小时内响应，3小时内到达现场；二级故障（单台设备故障不影响整线生产）8小时内解决；三级故障于2个工作日内解决。
P:5.4 乙方未按前款时限响应或到场的，每迟延1小时向甲方支付人民币800元，甲方可从应付款项中扣除。
P:5.5 质保期内乙方每季度进行一次预防性巡检，检查控制柜、接线端子、通讯网络及备份情况，并提交巡检报告；同一部件累计故障三次以上的，乙方应免费更换为新品。
H:第六条 知识产权
P:6.1 SCADA、MES软件产品的知识产权归原权利人所有，甲方享有永久使用许可。
P:6.2 为本项目编制的PLC程序、机器人程序、画面组态文件及其源文件，其知识产权归甲方所有，乙方应全部移交，甲方可自行修改、复制及委托第三方维护。
H:第七条 数据安全
P:7.1 生产数据、工艺参数、设备运行数据均属于甲方，乙方不得用于本合同以外的目的，不得向第三方提供。
P:7.2 乙方远程维护须经甲方书面批准并通过甲方指定的VPN接入，每次接入留存操作日志；乙方不得在控制网络中安装与本项目无关的软件。
P:7.3 因乙方原因造成数据泄露、篡改或控制网络安全事件的，乙方应在2小时内通知甲方，并承担由此造成的全部损失。
P:7.4 合同终止后，乙方应删除其掌握的全部甲方生产数据及程序备份。
H:第八条 保密
P:8.1 乙方对甲方的工艺配方、产品图纸、产能及客户信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后三年内继续有效。乙方应要求参与本项目的员工签署保密承诺书。
H:第九条 违约责任
P:9.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:9.2 因乙方原因导致生产线停产时间超过约定的，乙方还应赔偿甲方由此产生的直接损失。
P:9.3 甲方逾期付款的，每逾期一日，按逾期金额的万分之二向乙方支付违约金。
P:9.4 乙方所供设备存在质量问题的，应免费更换，并承担由此产生的拆装费用。
H:第十条 分包
P:10.1 乙方不得转包。电气柜制作、线缆敷设等辅助工作需分包的，须事先取得甲方书面同意，乙方对分包工作承担全部责任。
H:第十一条 培训与安全生产
P:11.1 乙方应对甲方操作人员、设备维护人员分别进行培训，培训总人数不少于60人，考核合格的人员应能独立完成日常操作和一般故障处理。
P:11.2 乙方施工人员应持有效电工证等特种作业证件上岗，遵守甲方动火、登高、停送电审批制度，乙方应为施工人员购买意外伤害保险。
H:第十二条 合同解除与不可抗力
P:12.1 乙方严重违约，经甲方书面通知后10日内未纠正的，甲方有权解除本合同并要求乙方赔偿损失。
P:12.2 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在15日内提供证明，可根据影响部分或全部免除责任。因不可抗力致使合同目的不能实现的，任何一方均可解除合同。
H:第十三条 适用法律与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 争议协商不成的，提交台州仲裁委员会仲裁。
H:第十四条 其他
P:14.1 本合同自双方签字盖章之日起生效，一式四份，双方各执两份。技术协议为本合同附件，与本合同具有同等效力。
P:14.2 本合同未尽事宜，双方另行协商并签订补充协议。
P:甲方（盖章）：            乙方（盖章）：
"""

Z03 = """攀岩馆预约及会员管理系统（SaaS）服务合同

合同编号：YF-IT-2027-008
甲方：成都岩峰运动管理有限公司（“岩峰抱石”连锁品牌运营方）
乙方：杭州场馆云科技有限公司

鉴于甲方在全国经营30家抱石攀岩培训门店，需要统一的课程预约、会员管理、储值及教练排班系统，乙方同意以软件即服务（SaaS）方式向甲方提供“场馆云”系统并完成实施。双方经协商一致，订立本合同。

一、服务内容
（一）乙方向甲方30家门店开通“场馆云”系统订阅服务，包括：课程与场地预约、会员卡及储值管理、体验课转化、教练排班与课时统计、线上签到及安全须知电子签署、经营报表。
（二）乙方为甲方定制以下内容：品牌小程序页面、攀岩等级（V级）成长档案、青少年培训课时包规则及总部经营驾驶舱。
（三）乙方负责将甲方现有系统中约9.6万名会员的档案、余额及课时数据迁移至新系统。
（四）乙方应为30家门店的店长、前台及教练提供线上培训，并为总部运营人员提供两次现场培训，培训总课时不少于24课时。
（五）系统须支持微信小程序、门店前台电脑及教练移动端同时使用，并与甲方现有的微信支付商户号、电子发票系统对接。
（六）乙方应为甲方提供一个独立的测试环境，用于新功能验证和员工培训。

二、服务期限
（一）服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起算，第二个服务年度紧接第一个服务年度。
（二）服务期满前30日内任何一方未书面提出终止的，本合同自动续订一个服务年度，续订次数不限。续订时乙方有权按其届时公布的标准价格调整订阅费，并以书面或系统公告方式通知甲方。
（三）服务期内乙方不得单方提高订阅费或减少服务内容。

三、费用及支付
（一）订阅费：每家门店每个服务年度人民币9,600元，30家门店两个服务年度合计人民币576,000元。
（二）实施费（含定制开发、培训）人民币88,000元；数据迁移费人民币36,000元。
（三）合同总额为人民币700,000元（含6%增值税）。
（四）支付方式：
1. 实施费及数据迁移费在系统上线验收合格后15个工作日内一次性支付；
2. 每个服务年度的订阅费在该服务年度开始后15个工作日内支付；
3. 甲方新增门店的，按本条第（一）项单价按剩余月份折算收费。
（五）乙方应在收款前开具合法有效的增值税专用发票。

四、实施与验收
（一）乙方应在合同签订后45日内完成系统配置、定制开发和数据迁移，并在三家试点门店试运行。
（二）上线验收标准：
1. 第一条所列功能全部可用，定制内容与确认的需求文档一致；
2. 迁移的会员档案、储值余额、剩余课时与原系统逐条核对无差异；
3. 高峰时段（每晚19:00至21:00）预约下单响应时间不超过2秒；
4. 试点门店连续运行10日，未发生一级故障。
（三）验收合格后双方签署上线验收单。甲方试运行期间使用系统不视为验收合格。
（四）验收不合格的，乙方应在7日内完成整改并重新组织验收，由此延误的时间计入乙方工期。
（五）乙方应向甲方提交系统管理员手册、门店操作手册及教练端操作视频。

五、服务水平
（一）系统月度可用率不低于99.5%。计划内维护应安排在凌晨1:00至6:00之间并提前48小时通知甲方。
（二）故障响应：一级故障（全部门店无法预约或签到）30分钟内响应、2小时内恢复；二级故障（部分功能异常）2小时内响应、1个工作日内修复；三级故障在下一版本中修复。
（三）服务补偿：月度可用率低于约定值的，每低0.1个百分点，按当月订阅费的5%给予服务抵扣，当月抵扣合计不超过当月订阅费的50%；一级故障响应超时的，每次抵扣人民币500元。
（四）乙方应每月向甲方提交服务报告，内容包括可用率、故障处理、工单统计及系统使用情况。
（五）乙方提供7×12小时客服热线及在线工单系统，并为甲方指定一名客户成功经理。
（六）乙方对系统进行版本升级的，应提前7日通知甲方，不得降低已有功能和服务水平。

六、数据与安全
（一）甲方会员的身份信息、联系方式、体测及课程记录等数据属于甲方。
（二）乙方可在去除个人身份标识后，将甲方数据汇总用于行业运营分析及乙方产品改进，该等汇总分析结果归乙方所有。
（三）乙方应将数据存储于中国境内的数据中心，采取加密存储、传输加密、访问权限控制和操作日志审计等措施，每日备份并保留30日。
（四）发生数据泄露等安全事件的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成安全事件的，乙方承担赔偿责任。
（五）服务终止后30日内，乙方应按甲方要求以通用格式导出全部数据，导出完成后予以删除。
（六）乙方员工访问甲方数据须经授权，乙方应对其员工进行数据安全培训并签署承诺书。

七、知识产权
（一）“场馆云”系统的知识产权归乙方所有。
（二）为甲方定制的小程序页面、品牌素材、成长档案规则及驾驶舱报表归甲方所有，甲方可自行或委托第三方修改和使用。
（三）乙方保证系统及交付成果不侵犯第三方权利，因此引起的纠纷由乙方负责处理并承担责任。

八、保密
双方对履约中获知的对方经营信息、价格、会员规模等非公开信息负有保密义务，未经对方书面同意不得披露，本条在合同终止后两年内继续有效。乙方不得将甲方名称、商标用于宣传，但经甲方书面同意的除外。

九、违约责任
（一）乙方未按期完成上线的，每迟延一日向甲方支付人民币600元违约金。
（二）乙方未履行数据安全义务的，应赔偿甲方因此遭受的全部损失。
（三）甲方逾期支付订阅费超过30日的，乙方可在书面催告后暂停服务，但应提前5日通知。
（四）乙方违反本合同第十条约定擅自分包的，甲方有权要求乙方支付合同总额5%的违约金。

十、分包
乙方不得将本合同项下的实施和运维工作分包给第三方，确需分包的须事先取得甲方书面同意。

十一、合同解除
（一）一方严重违约，经守约方书面催告后15日内未纠正的，守约方有权解除本合同。
（二）乙方原因导致月度可用率连续三个月低于约定值的，甲方有权解除本合同，乙方应退还未使用服务期的订阅费。
（三）合同解除或终止的，乙方应按第六条第（五）项完成数据导出和删除。

十二、甲方义务
（一）甲方应按时提供门店信息、课程体系、会员数据及对接所需的接口权限；
（二）甲方应妥善保管系统管理员账号，因甲方账号管理不善造成的损失由甲方承担；
（三）甲方应指定一名项目联系人，负责需求确认和验收组织。

十三、不可抗力
因地震、洪水、大范围网络或电力中断等不可抗力导致无法履行的，受影响方应及时通知对方并提供证明，在影响范围内免除责任，但应尽力减少损失。

十四、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，由甲方住所地人民法院管辖。

十五、其他
（一）本合同项下的通知以书面形式送达双方在首页列明的地址或指定邮箱。
（二）本合同附件包括：需求确认文档、门店清单、服务水平说明，附件与本合同具有同等效力。
（三）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：            乙方（盖章）：
日期：2027年4月8日"""

Z04 = """滨江水上乐园安全监控系统运维服务合同

项目编号：WLJ-CS-2027-05（竞争性磋商）
甲方（采购人）：南湾市文化广电旅游局
乙方（成交供应商）：南湾安视智能科技有限公司

根据《中华人民共和国政府采购法》及本项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就滨江水上乐园安全监控系统运维服务事项订立本合同。

第一条 服务对象与范围
（一）运维对象：滨江水上乐园安全监控系统，包括高清视频摄像机326台、泳池防溺水智能识别摄像机48台、水质在线监测终端12套、客流统计及广播联动设备、监控中心存储服务器及视频管理平台软件。
（二）服务内容：日常巡检、故障维修、设备清洁（含水下摄像机防护罩清洗）、软件维护与升级、视频存储管理、节假日及大型活动值守保障、年度全面检测及运维报告。
（三）乙方应在乐园营业期间（每日9:00至22:00）安排不少于两名技术人员驻场，非营业时间提供电话值守及应急到场服务。
（四）乙方应在合同签订后7日内完成系统现状调查，编制设备台账和运维方案报甲方确认；台账应包括设备编号、型号、安装位置、启用时间及保修状态。
（五）运维设备清单详见附件一。服务期内甲方新增同类设备的，纳入运维范围，数量不超过原设备数量的5%时不另行计费。

第二条 服务期限
服务期自2027年5月1日起至2028年4月30日止。服务期满本合同终止；甲方如需继续采购，依法重新组织采购。乙方应在服务期开始前完成与原运维单位的交接。

第三条 合同价款与支付
（一）合同总价为人民币肆拾壹万捌仟元整（¥418,000），包括人工、备品备件、耗材、交通、工具及税费等全部费用。
（二）服务费按季度支付，每季度人民币104,500元。每季度结束后，甲方对乙方当季服务进行确认，确认后15个工作日内支付当季服务费。
（三）乙方应在每次付款前开具合法有效的发票。本合同不设预付款。
（四）乙方开户银行及账号以乙方出具的收款确认函为准。

第四条 服务标准
（一）核心监控点位（泳池区、滑道区、造浪池及出入口）月度在线率不低于99.95%，其他点位出现故障的按三级故障处理。
（二）故障分级及响应：一级故障（防溺水识别或监控中心平台中断、核心点位成片离线）30分钟内响应，1小时内到场，6小时内恢复；二级故障（单个核心点位离线）1小时内响应，当日修复；三级故障（一般点位或辅助设备故障）于次日营业前修复。
（三）防溺水识别摄像机报警信息须实时推送至监控中心及救生员手持终端，乙方每周对报警联动进行一次测试并记录。
（四）视频录像保存不少于90日，重点区域录像保存不少于180日。
（五）乙方未达到上述服务标准的，甲方有权要求乙方限期整改，并将情况记入季度服务确认记录。
（六）节假日、暑期高峰及大型活动期间，乙方应增派不少于两名技术人员现场值守，并于活动前3日完成专项检查。
（七）乙方每月向甲方提交运维月报，内容包括在线率统计、故障及处理情况、巡检发现问题及改进建议。
（八）每年开园前及台风季前，乙方应对室外立杆、防雷接地及设备箱防水进行专项检查和加固。

第五条 服务确认与年度验收
（一）季度服务确认内容包括：巡检记录完整性、故障处理工单闭环情况、在线率统计数据、报警联动测试记录。
（二）服务期满前30日内，乙方应完成系统年度全面检测并提交年度运维报告。甲方按照磋商文件规定的考核标准组织年度验收，验收内容包括设备完好率、在线率达标情况、资料移交和遗留问题整改，验收合格后签署验收报告。
（三）年度验收不合格的，乙方应在15日内完成整改并重新申请验收。

第六条 甲方权利义务
（一）甲方负责提供驻场办公场所、监控中心使用权限及必要的水电条件。
（二）甲方有权对乙方的服务进行监督检查，对不符合要求的服务提出整改意见。
（三）甲方应按合同约定支付服务费。
（四）甲方应指定一名联系人，负责日常工作对接和服务确认。

第七条 乙方权利义务
（一）乙方应建立运维管理制度，配备项目负责人一名，驻场人员须经安全培训，名单报甲方备案，更换人员须提前告知甲方。
（二）乙方更换备品备件应使用原厂或同等性能产品，更换下的设备交甲方处置。
（三）乙方应配合公安、应急管理等部门的检查工作。
（四）乙方应做好备品备件储备，核心点位摄像机、交换机及硬盘的备件不少于在用数量的5%，并存放于乐园现场。
（五）乙方人员在水域及高处作业时，应遵守甲方安全管理规定，采取必要的安全防护措施，因乙方原因发生的人身伤亡由乙方负责。
（六）服务期满或合同解除时，乙方应向甲方或甲方指定的后续服务单位完整移交设备台账、账号密码、配置文件及技术资料，并配合完成交接。

第八条 分包
乙方可将水下设备清洗、高空作业等辅助性工作分包给具备相应资质的单位，但应提前五个工作日书面告知甲方分包单位名称及分包内容。乙方对分包工作向甲方承担全部责任。

第九条 数据安全
（一）监控视频、游客人脸图像、客流统计数据及报警记录均属于甲方，乙方仅为履行本合同目的访问和使用，不得复制、留存或向任何第三方提供。
（二）乙方应遵守《中华人民共和国个人信息保护法》《中华人民共和国数据安全法》，落实账号分级授权、操作日志留存、存储设备加密等安全措施，禁止使用个人移动存储设备拷贝视频。
（三）发生数据泄露、丢失或系统遭受攻击的，乙方应在1小时内报告甲方并采取处置措施；因乙方原因导致数据安全事件的，乙方承担全部法律责任和赔偿责任。
（四）服务期满后，乙方应删除其掌握的全部甲方数据，并出具书面删除确认。

第十条 保密
乙方及其人员对在服务中知悉的甲方工作信息、系统配置、安防布局及游客个人信息负有保密义务，不得向任何第三方披露。保密义务在合同终止后继续有效。乙方应与其驻场人员签订保密协议，并对其人员的泄密行为承担责任。

第十一条 知识产权
乙方在服务期间形成的巡检记录、运维报告、配置文档及脚本归甲方所有，甲方有权将上述资料提供给后续服务单位使用。

第十二条 违约责任
（一）乙方未按约定日期进场接管服务，或未按期提交年度运维报告的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）因乙方原因造成设备损坏的，乙方应负责修复或照价赔偿。
（三）甲方无正当理由逾期支付服务费的，应按同期贷款市场报价利率支付逾期利息。

第十三条 合同解除
（一）乙方严重违反合同约定，经甲方书面通知后10日内未改正的，甲方有权解除合同，并要求乙方赔偿损失。
（二）乙方擅自转包本项目的，甲方有权立即解除合同。

第十四条 不可抗力
因台风、洪水等不可抗力导致无法履行合同的，受影响方应及时通知对方并在10日内提供证明，可根据影响程度部分或全部免除责任。

第十五条 争议解决
因履行本合同发生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十六条 其他
（一）磋商文件、响应文件、成交通知书为本合同的组成部分。
（二）本合同一式五份，甲方三份，乙方两份，经双方签字盖章后生效。
（三）本合同未尽事宜，按照政府采购相关规定及双方协商结果执行。

甲方（盖章）：              乙方（盖章）：
签订日期：2027年4月20日"""

Z05 = """# 软件许可及定制开发合同

（画链软件标准合同文本 V3.0）

合同编号：HL-2027-0519

甲方：上海枫泾丹青农民画艺术工作室

乙方：杭州画链软件有限公司

甲方为管理农民画创作、装裱、订单交付及衍生品生产的全过程，向乙方采购“画链”作品流程追踪软件并委托乙方进行定制开发。双方依据《中华人民共和国民法典》，经友好协商，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“画链”作品流程追踪软件标准版许可（永久许可，限甲方及其下属两个创作基地使用，用户数不超过60个）。

1.2 乙方按甲方需求进行定制开发，内容包括：画作订单登记与进度追踪、画师计件及稿酬结算、装裱及物流环节扫码流转、衍生品（丝巾、帆布袋、文创摆件）生产排期、作品图库及版权登记台账、微信端订单查询。

1.3 乙方负责软件部署、数据初始化及操作培训。

1.4 软件运行环境：Windows Server 或国产Linux操作系统，MySQL数据库，支持PC端浏览器及微信小程序访问。

1.5 软件许可不包括第三方数据库、操作系统及中间件的许可，该等许可由甲方自行取得。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | “画链”软件标准版许可（永久） | 168,000 |
| 2 | 定制开发 | 172,000 |
| 3 | 部署、数据初始化及培训 | 46,000 |
| | 合计 | 386,000 |

2.1 合同总价为人民币叁拾捌万陆仟元整（¥386,000），含税。

2.2 本合同价款不含甲方自行采购的服务器、扫码枪、标签打印机等硬件设备费用，该等设备由甲方自行采购或委托乙方代购，代购费用另行结算。

2.3 合同价款为固定价格，但甲方需求变更导致工作量增加的除外。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即人民币250,900元。乙方收到该笔款项后启动项目。

3.2 软件上线运行后5个工作日内，甲方支付合同总价的35%，即人民币135,100元。

3.3 甲方逾期付款的，每逾期一日，应按逾期金额的千分之一向乙方支付违约金；逾期超过15日的，乙方有权暂停开发及服务，工期相应顺延。

3.4 乙方在收到每笔款项后开具相应金额的增值税普通发票。

## 第四条 开发周期与上线

4.1 乙方在收到首期款后90个工作日内完成开发及部署，具体进度以乙方提供的项目计划为准。

4.2 甲方应在乙方提出需求确认后3个工作日内完成确认。甲方在开发过程中提出需求变更的，乙方有权另行报价，工期相应顺延。

4.3 因甲方未及时提供资料、场地、网络环境或配合人员导致工期延误的，乙方不承担责任。

4.4 乙方指派项目经理负责项目实施，项目经理的更换由乙方决定并通知甲方。

4.5 乙方对甲方操作人员进行不超过两次的集中培训，每次不超过一天；超出部分按乙方收费标准另行计费。

4.6 乙方交付软件安装程序、用户操作手册及管理员手册电子版各一份。源代码不属于交付范围。

## 第五条 验收

5.1 软件部署完成并上线运行之日，即视为甲方验收合格。

5.2 甲方在上线运行后发现的问题，按本合同第六条维护条款处理，不影响验收结论及付款义务。

5.3 甲方应在上线前完成基础数据的整理和录入，乙方提供导入模板。

## 第六条 维护服务

6.1 乙方自软件上线之日起为甲方提供六个月的免费维护期，免费维护期内乙方负责修复软件缺陷。

6.2 乙方通过电话、微信及远程方式提供技术支持，服务时间为法定工作日的工作时间。对于甲方反映的问题，乙方将尽合理努力及时处理。

6.3 免费维护期届满后，甲方如需继续获得维护服务，应与乙方另行签订维护协议，维护费按乙方届时公布的服务价格标准执行。

6.4 因甲方操作不当、擅自修改软件、计算机病毒、停电、网络故障等非乙方原因造成的问题，不属于免费维护范围，乙方可按次收取服务费。

6.5 软件的版本升级由乙方根据产品规划统一安排，甲方定制功能在升级后的兼容适配需另行收费。

6.6 维护服务不包括现场服务；确需现场服务的，甲方应承担乙方人员的差旅费用。甲方超出许可用户数使用的，应按乙方报价补缴许可费。

## 第七条 知识产权

7.1 “画链”软件及乙方为本项目进行的定制开发成果（包括源代码、数据库结构、接口及相关文档）的全部知识产权归乙方所有。

7.2 甲方在合同约定范围内享有定制开发成果的非独占、不可转让的使用权，不得修改、反编译，不得许可第三方使用。

7.3 乙方有权将定制开发中形成的通用功能纳入乙方标准产品。

7.4 乙方保证其提供的标准软件不侵犯第三方知识产权。

## 第八条 数据安全与数据归属

8.1 甲方录入软件的作品信息、画师信息、客户订单及图库数据归甲方所有，乙方不得将其用于本合同以外的目的。

8.2 乙方应采取访问控制、数据加密、定期备份等必要的技术措施保障软件及数据安全；乙方运维人员访问甲方数据须经甲方同意并留存操作记录。

8.3 因乙方原因造成甲方数据泄露或丢失的，乙方应在24小时内通知甲方，协助甲方恢复数据并承担相应的赔偿责任。

8.4 甲方应自行做好数据的日常备份，因甲方未备份导致的数据损失乙方不承担责任。

## 第九条 保密

9.1 双方对在合作中知悉的对方商业秘密、技术资料、客户信息负有保密义务，未经对方书面同意，不得向第三方披露。

9.2 保密期限为合同终止后两年。

9.3 乙方有权在其宣传材料及客户名单中使用甲方名称及项目案例。

## 第十条 责任限制

10.1 乙方因本合同承担的累计赔偿责任（无论基于违约、侵权或其他原因），不超过本合同总价的20%。

10.2 乙方不对甲方的间接损失、利润损失、商誉损失或数据损失承担责任。

10.3 因甲方提供的素材、作品图片侵犯第三方权利的，由甲方自行承担责任。

## 第十一条 合同的变更与解除

11.1 本合同的变更须经双方书面同意。

11.2 一方严重违反本合同约定，经另一方书面通知后30日内仍未纠正的，守约方有权解除本合同。

11.3 合同解除的，甲方应支付乙方已完成工作部分的费用。甲方单方解除合同的，已支付的款项不予退还。

## 第十二条 双方的其他权利和义务

12.1 甲方应按约定支付合同价款，提供项目实施所需的场地、网络、服务器及必要的配合人员，妥善保管账号和密码，不得超出许可范围使用软件。

12.2 乙方应按合同约定完成开发和部署，保证软件功能与功能清单基本一致，并对甲方人员进行操作培训。

## 第十三条 不可抗力

因不可抗力导致一方不能履行合同的，该方应及时通知对方，并在合理期限内提供证明，在不可抗力影响范围内免除责任。不可抗力包括但不限于自然灾害、政府行为、网络运营商原因导致的服务中断等。

## 第十四条 法律适用与争议解决

14.1 本合同适用中华人民共和国法律。

14.2 因本合同发生的争议，双方应协商解决；协商不成的，任何一方均可向乙方所在地有管辖权的人民法院提起诉讼。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

15.2 本合同附件包括：功能清单、项目计划。附件与本合同具有同等法律效力。

15.3 本合同未约定的事项，按乙方发布的《画链软件服务说明》执行。

15.4 双方联系方式以本合同首页所列为准，变更应及时通知对方。

甲方（签章）：                乙方（签章）：

日期：                        日期："""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. MSPL-CN-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Wuxi Hengrun Precision Bearing Co., Ltd., a company registered in Wuxi, Jiangsu Province, People's Republic of China (the "Customer"), and Malaprabha Systems Private Limited, a company incorporated in India with its registered office at Vidyanagar, Hubli, Karnataka (the "Vendor").
P:The Customer wishes to replace its spreadsheet-based maintenance records with an enterprise asset management system for its two bearing plants. The Vendor owns the MaintainPro enterprise asset management software and has agreed to license it to the Customer and to implement it on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the MaintainPro Enterprise software, version 9, in object code, with its documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means everything the Vendor develops specifically for the Customer under this Agreement, including the interfaces to the Customer's ERP and SCADA systems, custom reports, data migration scripts, configuration sets and their source code and documentation.
P:1.3 "Customer Data" means all data entered into, uploaded to or generated by the Software in the Customer's environment, including equipment registers, work orders, spare-parts records and machine condition readings.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the system has passed all acceptance tests.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software for the internal business of the Customer and its affiliates in mainland China, for up to 350 named users and unlimited read-only users, on servers owned or controlled by the Customer.
P:2.2 The Vendor shall provide the following services: installation in the Customer's data centre in Wuxi; configuration of maintenance plans, asset hierarchies and approval workflows for both plants; development of the ERP and SCADA interfaces; migration of about 18,000 asset records and six years of maintenance history; and training of key users and administrators.
P:2.3 The Software shall support simplified Chinese and English user interfaces and shall run on the Customer's virtualised servers and database licences.
P:2.4 The Customer shall provide the servers, database licences, network access and a project manager, and shall make its key users available for workshops, data cleansing and testing in time.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 1,940,000 (the "Contract Price"), inclusive of all applicable taxes and withholding, made up as follows: Software licence fee CNY 1,120,000; implementation and configuration CNY 560,000; ERP and SCADA interface development CNY 184,000; training CNY 76,000.
P:3.2 The Contract Price is fixed. It covers all travel, accommodation and living expenses of the Vendor's personnel, who may work on site in Wuxi or remotely from Hubli as agreed in the project plan.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price within 30 days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 The Customer shall pay 45% of the Contract Price within 30 days after the system goes live in both plants. Go-live is not acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price within 30 days after Final Acceptance.
P:4.4 Payments shall be made in CNY by bank transfer to the Vendor's account. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation within 45 days and go-live in both plants within 150 days after signature, according to the agreed project plan.
P:5.2 The acceptance tests shall confirm that: (a) every function in the requirements specification works as described; (b) every migrated asset record and work order reconciles with the source records; (c) the ERP interface posts spare-parts issues and purchase requests correctly for ten consecutive working days; (d) the SCADA interface creates condition-based work orders within two minutes of an alarm; (e) screen response time under 150 concurrent users does not exceed three seconds; and (f) no Severity 1 defect occurs during a 30-day operation period after go-live.
P:5.3 When all tests are passed, the Customer shall sign a Final Acceptance certificate within ten working days. If a test fails, the Vendor shall correct the defect at its own cost and repeat the test. Use of the system in production, go-live or any payment does not by itself amount to acceptance.
H:Article 6 Warranty
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with their specifications for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period, the Vendor shall correct all defects and provide all updates and new versions free of charge.
P:6.2 During the Warranty Period, the Vendor shall respond to incidents as follows: Severity 1 (system unavailable or a plant unable to issue work orders) within one hour, with a workaround within eight hours; Severity 2 (a major function impaired) within two hours; Severity 3 (other defects) within one working day.
P:6.3 For each hour by which the Vendor misses a Severity 1 response time, the Vendor shall pay the Customer CNY 1,000; for a Severity 2 response, CNY 400 per hour. The Customer may deduct these amounts from any sum due to the Vendor.
H:Article 7 Support after Warranty
P:7.1 After the Warranty Period, the Customer may order annual support services, covering updates, new versions and the response times in Article 6.2. The annual support fee shall be 11% of the Software licence fee, namely CNY 123,200 per year, and shall not be increased for the first three support years.
P:7.2 Support is ordered by a separate purchase order for each year. There is no automatic renewal.
H:Article 8 Intellectual Property
P:8.1 The Software remains the property of the Vendor.
P:8.2 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall hand over their source code and documentation at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including through third parties.
P:8.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 9 Customer Data and Security
P:9.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not copy, retain or disclose it for any other purpose.
P:9.2 Remote access by the Vendor's personnel shall take place only through the Customer's VPN with multi-factor authentication, after approval of each session by the Customer's IT department, and shall be logged. No Customer Data may be transferred outside mainland China.
P:9.3 The Vendor shall comply with the Customer's information security policies and with the Personal Information Protection Law and the Data Security Law of the People's Republic of China. The Vendor shall notify the Customer within 12 hours of any actual or suspected security breach affecting Customer Data and shall be liable for all losses caused by a breach attributable to the Vendor.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including production volumes, equipment data, prices and this Agreement, and shall use it only for this Agreement. This obligation continues for five years after the end of this Agreement.
H:Article 11 Delay and Liability
P:11.1 If the Vendor fails to achieve go-live or Final Acceptance by the dates in the project plan for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:11.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Articles 9 or 10, infringement claims, fraud or wilful misconduct.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains fully responsible for its approved subcontractors.
H:Article 13 Term and Termination
P:13.1 This Agreement takes effect on signature and continues until the end of the Warranty Period. The licence in Article 2.1 survives.
P:13.2 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after notice, or if the delay damages reach their maximum. The Vendor shall then refund the amounts paid for services not accepted.
P:13.3 Neither party is liable for failure caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to limit the effects.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of India.
P:14.2 Any dispute arising out of this Agreement shall be finally resolved by arbitration under the Arbitration and Conciliation Act, 1996 by a sole arbitrator. The seat of arbitration shall be Hubli, Karnataka, and the language of arbitration shall be English.
H:Article 15 General
P:15.1 This Agreement is executed in English in two originals, one for each party. Any amendment must be in writing and signed by both parties. Notices shall be given in writing to the addresses stated above.
P:15.2 Annexes: Annex 1 Requirements Specification; Annex 2 Project Plan; Annex 3 Acceptance Test Plan.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

E02 = """# SERVICEKITE SUBSCRIPTION ORDER FORM

Order Form No. KCW-OF-2027-0212

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing Part A, the parties agree to both parts. If Part A and Part B conflict, Part A prevails.

## PART A - ORDER DETAILS

### A1. Parties

**Customer:** Foshan Meirun Kitchen Appliances Co., Ltd., Shunde District, Foshan, Guangdong Province, People's Republic of China.

**Provider:** Kutch Cloudworks Private Limited, a company incorporated in India, with its registered office at Hospital Road, Bhuj, Kutch District, Gujarat, India.

### A2. Service

ServiceKite field service management, Enterprise edition, delivered as software-as-a-service: work-order intake from the Customer's hotline and WeChat service account, dispatch and route planning, technician mobile app, spare-parts tracking, warranty verification by serial number, customer feedback, and management dashboards. The Service shall be hosted for the Customer in a data centre located in mainland China operated by the Provider's hosting partner.

### A3. Subscription Term

The Subscription Term is 24 months, divided into two Subscription Years. The first Subscription Year starts on the date of Onboarding Acceptance under Section B3. The Subscription Term ends at the end of the second Subscription Year. It does not renew automatically; any extension requires a new Order Form signed by both parties.

### A4. Fees

| Item | Quantity | Unit price (CNY per year) | Amount (CNY) |
|---|---|---|---|
| Technician licences, Subscription Year 1 | 180 | 2,100 | 378,000 |
| Dispatcher licences, Subscription Year 1 | 36 | 2,500 | 90,000 |
| Technician licences, Subscription Year 2 | 180 | 2,100 | 378,000 |
| Dispatcher licences, Subscription Year 2 | 36 | 2,500 | 90,000 |
| Onboarding (configuration, data import, hotline and WeChat integration, training) | 1 | one-time | 74,000 |
| **Total Order Value** | | | **1,010,000** |

All fees are in CNY and include applicable taxes. Unit prices are fixed for the Subscription Term.

### A5. Invoicing and Payment

(a) The Onboarding fee is invoiced after Onboarding Acceptance. No amount is payable before Onboarding Acceptance.

(b) The Subscription fees for each Subscription Year (CNY 468,000) are invoiced at the start of that Subscription Year.

(c) Invoices are payable within 30 days of receipt by bank transfer in CNY.

(d) Additional licences ordered during the term are charged pro rata at the unit prices in A4.

### A6. Special Terms

(a) Onboarding shall be completed within 60 days after signature of this Order Form.

(b) The Provider shall provide a Chinese-language user interface, mobile app and help documentation.

(c) Customer contact: Service Director, Meirun after-sales centre. Provider contact: Account Manager, Bhuj office.

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Service" means the subscription service described in A2, including updates released during the Subscription Term.

1.2 "Customer Data" means all data submitted to or generated in the Service by or for the Customer, including end-customer names, addresses, telephone numbers, product serial numbers, work orders, photos and technician locations.

1.3 "Customer Configurations" means the workflows, forms, dispatch rules, dashboards and integration scripts built for the Customer during onboarding.

### 2. Provision of the Service

2.1 The Provider shall provide the Service in accordance with this Order Form and the documentation, with qualified personnel and in a professional manner.

2.2 The Customer shall use the Service only for its own after-sales business and that of its authorised service agents, and shall keep user credentials secure.

2.3 The Provider may update the Service from time to time, provided that no update materially reduces the functions or security of the Service.

2.4 The Provider shall appoint a Customer Success Manager, who holds quarterly review meetings with the Customer's service management team.

### 3. Onboarding and Acceptance

3.1 The Provider shall carry out the onboarding work listed in A4 according to an onboarding plan agreed within ten days after signature.

3.2 Onboarding Acceptance tests shall confirm that: (a) all functions in A2 work in the Customer's configured environment; (b) imported service history and spare-parts records reconcile with the source files; (c) hotline and WeChat work orders reach the Service within one minute; (d) dispatching and the mobile app work in a pilot covering three regional service centres for ten working days without a Priority 1 incident.

3.3 When the tests are passed, the Customer shall sign an Onboarding Acceptance certificate. Failed tests shall be repeated after correction, at the Provider's cost.

3.4 If Onboarding Acceptance is delayed beyond the date in A6(a) for reasons attributable to the Provider, the Provider shall pay the Customer CNY 900 for each day of delay.

### 4. Service Levels

4.1 The Service shall be available at least 99.95% of the time in each calendar month, excluding planned maintenance notified at least five days in advance and carried out between 00:00 and 06:00 China Standard Time.

4.2 The Provider shall respond to incidents reported by the Customer as follows: Priority 1 (Service unavailable or dispatching impossible) within 30 minutes, with restoration within three hours; Priority 2 (a major function impaired) within two hours; Priority 3 within one business day.

4.3 If monthly availability falls below the commitment in 4.1, the Customer shall receive a service credit of 5% of the monthly share of the Subscription fees for each 0.1 percentage point or part of it below the commitment. Each missed Priority 1 response time gives a further credit of CNY 2,000. Credits are deducted from the next invoice or refunded at the end of the term.

4.4 The Provider shall send a monthly service report with availability, incidents and response times.

### 5. Customer Data and Security

5.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to provide the Service to the Customer and for no other purpose, and shall not sell, analyse or aggregate it for itself or for third parties.

5.2 Customer Data shall be stored and processed only in mainland China. The Provider shall maintain encryption in transit and at rest, role-based access control, multi-factor authentication for administrators, logging of all administrative access, and daily backups kept for 30 days, and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.

5.3 The Provider shall notify the Customer within 24 hours of becoming aware of any security incident affecting Customer Data, shall take immediate steps to contain it, and shall be liable for losses caused by an incident attributable to the Provider or its subcontractors.

5.4 Within 30 days after the end of the Subscription Term, the Provider shall return all Customer Data in a standard format and then delete it and confirm deletion in writing.

### 6. Confidentiality

6.1 Each party shall keep confidential all non-public information of the other party that it receives in connection with this Order Form and shall use it only for this Order Form. This obligation survives for three years after the end of the Subscription Term.

### 7. Intellectual Property

7.1 The Provider retains all rights in the Service and its underlying software.

7.2 Customer Configurations belong to the Customer. The Provider shall deliver them in exportable form on request, and the Customer may use, modify and have them used by third parties freely.

### 8. Subcontractors

8.1 The Provider may use subcontractors and hosting partners to perform the Service. The Provider shall inform the Customer in writing of each new subcontractor at least 15 days before it starts work. The Provider remains responsible for the performance of its subcontractors.

### 9. Limitation of Liability

9.1 Neither party is liable for indirect or consequential losses, loss of profit or loss of goodwill.

9.2 Each party's total liability arising out of or in connection with this Order Form shall not exceed the fees paid and payable by the Customer in the six months preceding the event giving rise to the claim. This limit does not apply to breach of Section 5 or 6, fraud, or wilful misconduct.

### 10. Term and Termination

10.1 This Order Form takes effect on signature and ends at the end of the Subscription Term.

10.2 The Customer may terminate this Order Form by written notice if the Provider commits a material breach and does not remedy it within 30 days after notice, or if availability is below the commitment in 4.1 in any three months of a Subscription Year. The Provider shall then refund any prepaid fees for the remaining period.

10.3 The Provider may suspend the Service if undisputed invoices remain unpaid 30 days after a written reminder.

### 11. Governing Law and Disputes

11.1 This Order Form is governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai. The arbitral award is final and binding on both parties.

### 12. General

12.1 Neither party may assign this Order Form without the other party's written consent.

12.2 This Order Form is executed in English. Amendments must be in writing and signed by both parties.

12.3 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and uses reasonable efforts to resume performance.

**Signed for the Customer:** ____________________ **Signed for the Provider:** ____________________"""

E03 = """T:SUPPLY AND LICENCE CONTRACT FOR WAREHOUSE ENVIRONMENT MONITORING
P:Contract No. MX-PUR-2027-0733 (Buyer's standard form for equipment and software)
P:Buyer: Yunnan Mingxiang Tea Industry Co., Ltd., Simao District, Pu'er, Yunnan Province, People's Republic of China.
P:Supplier: Brahmaputra Sensing Technologies Private Limited, a company incorporated in India with its registered office at Gar-Ali, Jorhat, Assam, India.
P:The Buyer stores aged pu'er tea in eleven warehouses where temperature, humidity and air quality must be kept within narrow limits. Following the Buyer's request for quotation, the Supplier has offered wireless environment sensors, gateways and its TeaVault monitoring software. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting parts and spare parts listed in Clause 2.
P:1.2 "Software" means the TeaVault monitoring software, version 5, licensed under Clause 3, with its documentation and updates.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the Buyer's warehouses.
P:1.4 "Final Acceptance" means the Buyer's signature of the acceptance certificate under Clause 6.3.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, configure and integrate the System at the Buyer's eleven warehouses in Pu'er, train the Buyer's staff, and provide warranty services, all for the prices in the table below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, industrial grade|420|1,180|495,600
TB:2|LoRa gateway with 4G backup link|24|6,450|154,800
TB:3|TeaVault monitoring software, perpetual site licence|1|380,000|380,000
TB:|Equipment and Licence Subtotal|||1,030,400
TB:4|Installation, calibration and commissioning|1|126,000|126,000
TB:5|Integration with the Buyer's ERP and warehouse system|1|58,000|58,000
TB:6|Training of operators and administrators|1|15,600|15,600
TB:|Contract Price|||1,230,000
P:2.2 The Contract Price of CNY 1,230,000 includes all taxes, duties, import clearance, transport to the warehouses, insurance and all other costs of the Supplier. It is fixed for the duration of this Contract.
P:2.3 The Supplier shall deliver the Equipment to the Buyer's warehouses within 75 days after signature and complete installation within 30 days after delivery.
P:2.4 The Supplier shall appoint a project manager who speaks English or Chinese and is available on site during installation, and shall submit a weekly progress report.
P:2.5 The Buyer shall provide power sockets, mounting positions, network access for the gateways and a server for the Software, and shall give the Supplier's staff access to the warehouses during working hours, accompanied by the Buyer's staff.
H:3. Licence
P:3.1 The Supplier grants the Buyer a perpetual, non-exclusive, irrevocable licence to use the Software at its warehouses and offices in mainland China without limit on the number of users or sensors connected.
P:3.2 The Software shall be installed on the Buyer's servers in Pu'er. The Software shall not depend on any server or service outside mainland China to operate.
H:4. Payment
P:4.1 No advance payment is due under this Contract.
P:4.2 The Buyer shall pay 65% of the Contract Price within 30 days after the Supplier has delivered and installed all Equipment and the Buyer has signed an Installation Certificate. The Installation Certificate confirms quantities only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 30 days after Final Acceptance.
P:4.4 The Supplier shall issue valid invoices for each payment. Payments are made in CNY by bank transfer.
H:5. Quality
P:5.1 The Equipment shall be new and unused and shall meet the specifications in Annex 1: temperature accuracy of plus or minus 0.3 degrees Celsius, relative humidity accuracy of plus or minus 2%, battery life of at least three years at a ten-minute reporting interval.
P:5.2 Each sensor shall be delivered with a calibration certificate traceable to a national standard.
P:5.3 The Supplier shall package the Equipment for transport and storage in humid conditions and shall bear the risk of loss until the Installation Certificate is signed.
H:6. Acceptance
P:6.1 After installation, the System shall run for a trial period of 30 days.
P:6.2 Final Acceptance requires that: (a) all sensors report at the configured interval with no more than 0.5% of readings missing over the trial period; (b) spot checks with a reference instrument at 10% of the sensors, chosen by the Buyer, confirm the accuracy in Clause 5.1; (c) threshold alarms reach the warehouse manager by SMS and app within one minute; (d) readings appear correctly in the Buyer's ERP and warehouse system; and (e) no Severity 1 incident occurs in the last 15 days of the trial period.
P:6.3 If the tests are passed, the Buyer shall sign a Final Acceptance certificate within seven working days. Otherwise the Supplier shall correct the defects at its cost and the trial period shall be repeated. Delivery, installation, use of the System or payment does not in itself amount to acceptance.
H:7. Warranty
P:7.1 The Supplier warrants the System for 24 months after Final Acceptance. During this period, the Supplier shall repair or replace defective Equipment, recalibrate sensors that drift outside the specified accuracy, and provide Software updates, free of charge.
P:7.2 The Supplier shall respond to incidents as set out in the table below and shall keep spare sensors and gateways at the Buyer's site.
TB:Severity|Description|Response time|Restoration
TB:Severity 1|Monitoring or alarms unavailable in a warehouse|2 hours|8 hours
TB:Severity 2|Gateway or group of sensors offline|8 hours|2 working days
TB:Severity 3|Single sensor or minor defect|1 working day|5 working days
P:7.3 For every hour by which a Severity 1 response or restoration time is exceeded, the Supplier shall pay CNY 600; for a Severity 2 incident, CNY 200 per hour. The Buyer may deduct these amounts from payments due.
P:7.4 The Supplier shall carry out a preventive inspection every six months during the warranty period, including recalibration checks on a sample of sensors and a battery status review, and shall send a written report.
H:8. Support after Warranty
P:8.1 After the warranty period, the Buyer may order annual support covering repairs, recalibration, updates and the response times in Clause 7.2. The annual support fee shall be 9% of the Equipment and Licence Subtotal, namely CNY 92,736, fixed for the first three years after the warranty period.
P:8.2 Each support year is ordered separately. Support does not renew automatically.
H:9. Intellectual Property
P:9.1 The Software and the Equipment firmware remain the property of the Supplier and are licensed to the Buyer under Clause 3.
P:9.2 The integration interfaces, reports and configuration developed for the Buyer, with their source code, belong to the Buyer, which may use, modify and license them freely.
H:10. Data Security
P:10.1 All data collected by the System, including readings, warehouse layouts and stock locations, belongs to the Buyer. The Supplier shall use it only to perform this Contract.
P:10.2 Remote access by the Supplier requires the Buyer's approval for each session, takes place through the Buyer's VPN and is logged. Gateways shall send data only to the Buyer's servers. No data may leave mainland China.
P:10.3 The Supplier shall notify the Buyer within 12 hours of any security incident affecting the System or the Buyer's data and shall compensate the Buyer for losses caused by an incident attributable to the Supplier.
P:10.4 At the end of the warranty period, or on the Buyer's request, the Supplier shall delete any copies of the Buyer's data held for support purposes.
H:11. Confidentiality
P:11.1 Each party shall keep confidential the other party's non-public information received under this Contract, including the Buyer's stock volumes, storage methods and prices, for five years after the end of this Contract.
P:11.2 Neither party may publicise this Contract or use the other party's name without its prior written consent.
H:12. Delay and Liability
P:12.1 If the Supplier fails to meet the delivery or installation dates in Clause 2.3, or Final Acceptance is delayed for reasons attributable to it, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:12.2 The total liability of the Supplier under this Contract is limited to 200% of the Contract Price, except for personal injury, fraud, wilful misconduct and breach of Clauses 10 and 11, which are not limited.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for approved subcontractors.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if the delay damages reach their maximum.
P:14.2 Either party may terminate this Contract if force majeure prevents performance for more than 60 days.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming.
H:16. General
P:16.1 This Contract is made in English and Chinese in two originals each. If the versions differ, the Chinese version prevails.
P:16.2 Annexes: Annex 1 Technical Specifications; Annex 2 Warehouse and Sensor Layout; Annex 3 Acceptance Test Plan.
P:16.3 Notices under this Contract shall be in writing and sent to the addresses stated above or to the e-mail addresses named by each party's project manager.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED IT INFRASTRUCTURE SERVICES AGREEMENT

Agreement No. TIS-HF-2027-003

**Customer:** Shaoxing Huafang Textile Group Co., Ltd., Keqiao District, Shaoxing, Zhejiang Province, People's Republic of China.

**Provider:** Thamirabarani Infotech Services Private Limited, a company incorporated in India with its registered office at Palayamkottai, Tirunelveli, Tamil Nadu, India.

**Background.** The Customer operates a dyeing and finishing plant, a weaving plant and a head office in Keqiao, with about 120 servers, 900 end-user devices and a campus network. The Customer wishes to hand over the day-to-day operation of this infrastructure to the Provider for a fixed term. The Provider operates a network operations centre in Tirunelveli and will place engineers on site in Shaoxing.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer confirms in writing that transition has been completed in accordance with Section 3.

1.3 "Customer Data" means all data stored on or passing through the Customer's systems, including production orders, recipes, employee records and e-mail, and all logs and monitoring data the Provider collects about those systems.

1.4 "Charges" means the charges set out in Schedule 3.

## 2. Term

2.1 This Agreement takes effect on signature. The service period is 36 months from the Service Commencement Date.

2.2 This Agreement expires at the end of the service period. It does not renew automatically; any extension shall be agreed in writing, with charges to be negotiated.

2.3 This Agreement may be brought to an end before expiry only by written agreement of both parties, setting out the exit arrangements and any charges payable.

## 3. Transition

3.1 Within 75 days after signature, the Provider shall take over the Services from the Customer's internal team, including discovery of all assets, documentation of configurations, installation of monitoring agents and setting up of the service desk.

3.2 Transition is complete when: (a) every server, network device and backup job in the asset register is monitored in the Provider's tools; (b) runbooks for all critical systems have been written and approved by the Customer; (c) a test restore of each critical system has succeeded; and (d) the service desk has handled tickets for ten working days in parallel with the Customer's team, meeting the response times in Schedule 2.

3.3 The Customer shall confirm the Service Commencement Date in writing within five working days after the criteria in 3.2 are met. If a criterion is not met, the Provider shall remedy it and repeat the test.

3.4 If the Service Commencement Date is later than the date in 3.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 660 for each day of delay.

3.5 The Customer shall give the Provider access to its systems, documentation and staff during transition, and shall nominate a transition manager.

## 4. Service Delivery

4.1 The Provider shall perform the Services in accordance with Schedule 1 and the service levels in Schedule 2, with skilled staff and in accordance with good industry practice and ITIL processes.

4.2 The Provider shall keep two qualified engineers on site in Keqiao during the Customer's business hours and shall provide remote monitoring around the clock from its network operations centre.

4.3 The Provider shall provide a monthly service report showing availability, incidents, response and resolution times, changes, backup results and capacity trends, and shall attend a monthly service review with the Customer's IT manager.

4.4 Changes to production systems shall follow the Customer's change procedure. Emergency changes require the approval of the Customer's duty manager.

4.5 The Provider shall keep the asset register and configuration management database up to date and shall give the Customer read access to its ticketing tool at all times.

## 5. Charges and Payment

5.1 The Charges are set out in Schedule 3. The total value of this Agreement is CNY 2,200,000, including taxes.

5.2 The transition fee is invoiced after the Service Commencement Date. The Monthly Service Charge is invoiced monthly in arrears. No advance payment is due.

5.3 Invoices are payable within 30 days after receipt. Charges are fixed for the service period.

5.4 Service credits under Schedule 2 are deducted from the invoice for the following month.

## 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider shall access and use Customer Data only as necessary to perform the Services and for no other purpose.

6.2 Customer Data shall remain on the Customer's systems in mainland China. The Provider's remote staff shall connect only through the Customer's bastion host with multi-factor authentication. All sessions shall be recorded, and the Provider shall not copy Customer Data to its own systems, except monitoring metadata which shall be held in the Provider's China-based monitoring instance.

6.3 The Provider shall apply the Customer's information security policy, keep administrator accounts personal, review access rights every quarter and remove access of departing staff within one working day.

6.4 The Provider shall report any actual or suspected security incident to the Customer within two hours, shall assist the Customer in containing and investigating it, and shall be liable for losses caused by an incident attributable to the Provider's staff or systems.

## 7. Intellectual Property

7.1 Runbooks, scripts, configuration records and documentation prepared for the Customer under this Agreement belong to the Customer, which may use and modify them freely and give them to any successor provider.

7.2 The Provider's own monitoring tools remain the Provider's property.

## 8. Subcontracting

8.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent.

## 9. Liability

9.1 If the Provider fails to perform the Services in accordance with this Agreement, it shall remedy the failure at its own cost and compensate the Customer for its losses.

9.2 The total liability of each party under this Agreement shall not exceed 150% of the total value of this Agreement. This limit does not apply to personal injury, fraud or wilful misconduct, or to breach of Section 6.

9.3 Neither party is liable for indirect or consequential losses.

## 10. Exit

10.1 During the last three months of the service period, the Provider shall cooperate with the Customer and any successor provider to transfer the Services, including handing over all documentation, passwords, runbooks and open tickets.

10.2 Exit assistance beyond 20 person-days shall be charged at the rates in Schedule 3.

## 11. Force Majeure

11.1 Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters or government actions, provided it notifies the other party promptly and takes reasonable steps to resume performance.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Shaoxing Arbitration Commission for arbitration in Shaoxing.

## 13. General

13.1 Amendments must be in writing and signed by both parties. This Agreement is made in English and Chinese; both versions have equal effect.

## Schedule 1 - Services

| Service tower | Scope | Hours |
|---|---|---|
| Service desk | Ticket intake by phone, e-mail and portal in Chinese and English; first-line resolution; user account administration | Monday to Saturday, 07:30 to 20:30 |
| Server operations | Monitoring, patching, capacity management and incident handling for about 120 Windows and Linux servers and the virtualisation platform | 24 x 7 monitoring |
| Network operations | Monitoring and configuration management for core and access switches, firewalls, wireless controllers and internet links at three sites | 24 x 7 monitoring |
| Backup and recovery | Daily backup jobs, quarterly test restores, management of the backup appliance and offsite copies | 24 x 7 monitoring |
| End-user support | On-site desktop, printer and meeting-room support at the three Keqiao sites | Business hours |

## Schedule 2 - Service Levels

| Measure | Target | Service credit if missed |
|---|---|---|
| Availability of core network and ERP servers, per month | 99.95% | 3% of the Monthly Service Charge for each 0.1 percentage point or part below target |
| Priority 1 incident (plant production systems or ERP down): response | 15 minutes | CNY 1,000 per late incident |
| Priority 1 incident: restoration | 3 hours | CNY 800 per hour beyond target |
| Priority 2 incident (one department affected): response | 1 hour | CNY 300 per late incident |
| Backup jobs, per month | Every failed job re-run successfully within one working day | 2% of the Monthly Service Charge per job not re-run |
| Service desk calls answered within 60 seconds | 90% | 1% of the Monthly Service Charge |

Total service credits in a month shall not exceed 20% of the Monthly Service Charge.

## Schedule 3 - Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | One-time, after the Service Commencement Date | 112,000 |
| Monthly Service Charge | 58,000 per month for 36 months | 2,088,000 |
| Total value of this Agreement | | 2,200,000 |
| Additional project work, exit assistance beyond 20 person-days | Per person-day, on-site engineer | 2,400 |
| Additional project work | Per person-day, remote engineer | 1,600 |"""

E05 = """SOLAR FORECAST DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. TSA-NX-2027-011

BETWEEN

Ningxia Guangyao New Energy Co., Ltd., Jinfeng District, Yinchuan, Ningxia Hui Autonomous Region, People's Republic of China (the "Customer"); and

Thar Solar Analytics Private Limited, a company incorporated in India with its registered office at Rani Bazar Industrial Area, Bikaner, Rajasthan, India (the "Provider").

BACKGROUND

The Customer operates nine photovoltaic power stations in Ningxia with a total installed capacity of about 1.1 GW and must submit day-ahead and intraday generation forecasts to the grid dispatch centre. The Provider produces satellite-based solar irradiance data and site-calibrated generation forecasts and delivers them through an application programming interface (API). The parties agree as follows.

1. DEFINITIONS

1.1 "Data Service" means the forecast data, historical irradiance data and related API access described in Clause 2.

1.2 "Subscription Year" means each annual subscription period. The first starts on the date of the acceptance certificate under Clause 3.2, and each following one starts on the anniversary of that date.

1.3 "Customer Data" means the station coordinates, layouts, inverter and meter readings, curtailment records and any other data that the Customer provides to the Provider for calibration of the forecasts.

1.4 "Custom Deliverables" means the site calibration reports, the integration scripts for the Customer's forecasting system and any other item prepared specifically for the Customer.

2. DATA SERVICE

2.1 The Provider shall provide for each of the Customer's nine stations: (a) day-ahead generation forecasts at 15-minute resolution for the next ten days, updated four times per day; (b) intraday forecasts at 15-minute resolution for the next six hours, updated every 15 minutes; (c) historical irradiance data for each site from 2015 onwards; and (d) access to all of this through a REST API and a web portal for up to 25 named users.

2.2 The Provider shall calibrate the forecast model for each station using the Customer Data and shall recalibrate it at least once per quarter.

2.3 Forecasts shall meet the accuracy requirements of the grid dispatch centre's assessment rules in force from time to time. The Provider shall report monthly on forecast accuracy for each station.

2.4 The Provider shall keep the API documentation up to date and shall give at least 60 days' notice of any change to the API that is not backward compatible.

2.5 The Provider shall provide a named technical account manager who answers questions from the Customer's forecasting team in Chinese or English on business days.

3. ONBOARDING AND ACCEPTANCE

3.1 Within 45 days after signature, the Provider shall set up the API access, calibrate the models for all nine stations and deliver the integration scripts for the Customer's forecasting system.

3.2 Onboarding is accepted when: (a) the API delivers all forecast products for all stations on schedule for 20 consecutive days; (b) day-ahead forecast accuracy for each station during those 20 days meets the dispatch centre's assessment threshold; (c) the integration scripts load the forecasts into the Customer's forecasting system without manual steps; and (d) the calibration reports for all stations have been delivered. The Customer shall then sign an acceptance certificate within five working days.

3.3 If onboarding is not accepted within 45 days after signature for reasons attributable to the Provider, the Provider shall pay the Customer CNY 500 for each day of delay.

3.4 The Customer shall provide the Customer Data listed in the onboarding plan within ten days after signature and shall give the Provider's engineers read access to station measurements through a file transfer method agreed by the parties.

4. TERM AND RENEWAL

4.1 The initial term consists of two Subscription Years. The first Subscription Year starts on the date of the acceptance certificate under Clause 3.2.

4.2 At the end of the initial term, and at the end of each renewal term, this Agreement renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

4.3 For each renewal term, the Provider may increase the Subscription Fee to its then-current list price by giving the Customer written notice at least 30 days before the renewal term begins.

5. FEES AND PAYMENT

5.1 The fees for the initial term are:

    Subscription Fee, Subscription Year 1 ........... CNY 345,000
    Subscription Fee, Subscription Year 2 ........... CNY 345,000
    Onboarding and calibration fee (one-time) ....... CNY  42,000
    Total for the initial term ...................... CNY 732,000

5.2 The onboarding and calibration fee is invoiced after the acceptance certificate is signed. The Subscription Fee for each Subscription Year is invoiced at the start of that Subscription Year. Invoices are payable within 30 days of receipt.

5.3 All fees are in CNY and include all taxes. The Subscription Fee for the initial term is fixed.

5.4 Additional stations commissioned by the Customer may be added at CNY 36,000 per station per Subscription Year, pro rata for part of a Subscription Year.

5.5 If an invoice is disputed in good faith, the Customer may withhold the disputed amount until the dispute is resolved.

6. SERVICE LEVELS

6.1 The API and portal shall be available at least 99.95% of each calendar month, excluding planned maintenance announced at least five days in advance and carried out between 01:00 and 04:00 China Standard Time.

6.2 A forecast delivered more than 15 minutes after its scheduled time counts as a missed delivery.

6.3 The Provider shall respond to incidents as follows: Priority 1 (API unavailable, or forecasts missing for one or more stations) within one hour, with restoration within three hours; Priority 2 (degraded data quality or portal problems) within two hours, with resolution within two business days; Priority 3 (questions and minor defects) within one business day.

6.4 Service credits: for each 0.1 percentage point or part of it by which monthly availability falls below the level in 6.1, the Customer receives a credit of 5% of the monthly share of the Subscription Fee; for each missed delivery of a day-ahead forecast, a credit of CNY 1,500. If the Customer is assessed by the grid dispatch centre for a forecast failure caused by a missed delivery, the Provider shall also reimburse the assessment amount, up to CNY 20,000 per month.

6.5 The Provider shall publish a status page and notify the Customer's duty engineer by SMS and e-mail within 15 minutes after detecting a Priority 1 incident.

7. CUSTOMER DATA

7.1 Customer Data remains the property of the Customer. The Provider shall use Customer Data only to calibrate and provide the Data Service to the Customer and shall not use it to improve forecasts for other customers, sell it or disclose it for any other purpose.

7.2 The forecasts and data delivered to the Customer may be used by the Customer and its affiliates for their own operations and for submission to the grid dispatch centre and other authorities without further charge.

8. INTELLECTUAL PROPERTY

8.1 The Provider retains all rights in its models, software, satellite data processing methods and the Data Service.

8.2 The Custom Deliverables belong to the Customer from delivery. The Customer may use, modify and license them freely, including through other forecast providers.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential all non-public information received from the other party in connection with this Agreement, including prices, station performance, and technical methods, and shall not disclose it to third parties without the other party's prior written consent. This obligation survives for three years after the end of this Agreement.

10. SUBCONTRACTING

10.1 The Provider shall not subcontract the performance of this Agreement, in whole or in part, without the Customer's prior written consent.

11. LIABILITY

11.1 Neither party is liable for indirect or consequential losses or loss of profit, except for the reimbursement in Clause 6.4.

11.2 The total liability of each party under this Agreement is limited to 150% of the total fees for the initial term, except in case of fraud or wilful misconduct.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of the breach.

12.2 The Customer may also terminate this Agreement by written notice if monthly availability falls below the level in Clause 6.1 in three months of any Subscription Year. The Provider shall refund the Subscription Fee paid for the period after termination.

12.3 Neither party is liable for delay or failure caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to limit the effects.

13. DISPUTES

13.1 The parties shall try to settle any dispute by negotiation between senior managers within 30 days.

13.2 If the dispute is not settled, either party may bring it before the competent people's court in Yinchuan.

13.3 Pending the resolution of a dispute, the parties shall continue to perform their undisputed obligations.

14. GENERAL

14.1 Neither party may assign this Agreement without the prior written consent of the other party.

14.2 This Agreement is executed in English in two originals. Amendments must be in writing and signed by both parties.

14.3 Notices shall be in writing and sent to the addresses stated above.

SIGNED for the Customer: ____________________

SIGNED for the Provider: ____________________"""


# ---------------------------------------------------------------- targets and labels
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

# key: (file name, format, language, category, source)
TARGETS = {
    "z01": ("h884z01_qilou_district_protection_platform.pdf", "pdf", "zh", "software", Z01),
    "z02": ("h884z02_faucet_plant_line_control_retrofit.docx", "docx", "zh", "hardware", Z02),
    "z03": ("h884z03_climbing_chain_booking_membership_saas.txt", "txt", "zh", "cloud", Z03),
    "z04": ("h884z04_water_park_safety_monitoring_om_service.txt", "txt", "zh", "services", Z04),
    "z05": ("h884z05_peasant_painting_studio_tracking_software_supplier_template.md", "md", "zh", "software", Z05),
    "e01": ("h884e01_eam_perpetual_licence_hubli_vendor.pdf", "pdf", "en", "software", E01),
    "e02": ("h884e02_field_service_saas_order_form_bhuj_vendor.md", "md", "en", "cloud", E02),
    "e03": ("h884e03_tea_warehouse_sensors_monitoring_licence.docx", "docx", "en", "hardware", E03),
    "e04": ("h884e04_textile_managed_infrastructure_36_months.md", "md", "en", "services", E04),
    "e05": ("h884e05_solar_forecast_api_subscription.txt", "txt", "en", "cloud", E05),
}

G, S = "goods_or_licence", "service"
# terms in KEYS order; extra = (sla_clause, ld_stated, post_warranty_fee_capped or None for services,
# acceptance_deemed_on_delivery, contract_value)
LABELS = {
    "z01": ([99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8, False, True, False,
             "PRC", G], (True, True, True, False, 1680000)),
    "z02": ([None, 1, True, "buyer", True, True, True, 0.03, None, 10, True, True, 18, 32, False, True, False,
             "PRC", G], (True, True, True, False, 2360000)),
    "z03": ([99.5, 0.5, True, "buyer", True, False, True, 600 / 700000 * 100, None, None, True, None, None, None,
             True, True, False, "PRC", S], (True, True, None, False, 700000)),
    "z04": ([99.95, 0.5, False, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True,
             True, None, S], (True, True, None, False, 418000)),
    "z05": ([None, None, False, "supplier", True, True, True, None, 20, 65, False, False, 6, None, False, True, None,
             "PRC", G], (False, False, False, True, 386000)),
    "e01": ([None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True, False,
             "India", G], (True, True, True, False, 1940000)),
    "e02": ([99.95, 0.5, True, "buyer", True, True, True, 900 / 1010000 * 100, 6 / 24 * 100, None, True, None, None,
             None, False, True, True, "PRC", S], (True, True, None, False, 1010000)),
    "e03": ([None, 2, True, "buyer", True, True, True, 0.1, 200, None, True, True, 24, 9, False, True, False, "PRC",
             G], (True, True, True, False, 1230000)),
    "e04": ([99.95, 0.25, True, "buyer", True, True, False, 660 / 2200000 * 100, 150, None, True, None, None, None,
             False, False, False, "PRC", S], (True, True, None, False, 2200000)),
    "e05": ([99.95, 1, True, "buyer", False, True, True, 500 / 732000 * 100, 150, None, True, None, None, None, True,
             True, False, None, S], (True, True, None, False, 732000)),
}

# TCO inputs for goods / licence drafts: (itemised licence/hardware subtotal, warranty months, annual fee or None)
TCO = {"z01": (720000, 24, 57600), "z02": (1850000, 18, 592000), "z05": (168000, 6, None),
       "e01": (1120000, 18, 123200), "e03": (1030400, 24, 92736)}

# my design list (written before deriving anything)
DESIGN = {
    "z01": [],
    "z02": ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "e03": [],
    "e04": ["CR-CONFIDENTIALITY", "CR-LD-LOW", "CR-TERMINATION"],
    "e05": ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY"],
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}

# policy thresholds: availability 99.9, P1 4 h, LD 0.05 %/day, cap 100 %, prepayment 30 %, warranty 12 months,
# post-warranty fee 15 %, TCO share 40 %
THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def tco_share(key):
    base, wm, fee = TCO[key]
    value = LABELS[key][1][4]
    if fee is None:
        return None
    years = max(0.0, 5 - wm / 12)
    post = fee * years
    return post / (value + post) * 100


def derive(key):
    """My reading of policy section 3, applied to the label."""
    t = dict(zip(KEYS, LABELS[key][0]))
    sla, ld_stated, capped, deemed, value = LABELS[key][1]
    goods = t["contract_kind"] == G
    r = []
    if not sla:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if sla and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not ld_stated:
        r.append("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or deemed or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.append("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15):
        r.append("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.append("CR-GOVERNING-LAW")
    if goods and tco_share(key) is not None and tco_share(key) > 40:
        r.append("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


def label_json(key):
    name, fmt, lang, cat, _ = TARGETS[key]
    terms, (sla, ld_stated, capped, deemed, value) = LABELS[key]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if terms[-1] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    d = {"file": name, "language": lang, "category": cat, "expected_terms": dict(zip(KEYS, terms)),
         "expected_extra": extra, "expected_rules": derive(key)}
    return json.dumps(d, ensure_ascii=False, indent=1)


# ---------------------------------------------------------------- threshold figure scan
PATTERNS = [
    r"99\.90*(?![0-9])",
    r"(?<![0-9.])4(?:\.0+)?\s*(?:个)?(?:小时|hours?\b|hrs?\b|h\b)", r"(?<![零一二三四五六七八九十两])四\s*个?\s*小时",
    r"\bfour\s*(?:\(4\)\s*)?hours?\b",
    r"(?<![0-9.,])100(?:\.0+)?\s*%", r"百分之(?:一)?百(?![分])",
    r"(?<![0-9])0?\.050*\s*%", r"万分之五(?![十])", r"千分之零点五",
    r"(?<![0-9.,])30(?:\.0+)?\s*%", r"百分之三十(?![一二三四五六七八九点])", r"\bthirty\s*(?:per\s*cent|percent)",
    r"(?<![0-9.,])12\s*(?:个月|months?\b|-month)", r"十二\s*个?\s*月", r"\btwelve\s*(?:\(12\)\s*)?months?\b",
    r"(?<![第每这])一年(?!级)", r"\bone\s*year\b", r"(?<![0-9.,])1\s*years?\b",
    r"(?<![0-9.,])15(?:\.0+)?\s*%", r"百分之十五(?![一二三四五六七八九点])", r"\bfifteen\s*(?:per\s*cent|percent)",
    r"(?<![0-9.,])40(?:\.0+)?\s*%", r"百分之四十(?![一二三四五六七八九点])", r"\bforty\s*(?:per\s*cent|percent)",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.90%", "4小时", "4 hours", "四小时", "four hours", "100%", "100 %", "0.05%", ".05%", "万分之五",
            "30%", "百分之三十", "12个月", "12 months", "12-month", "十二个月", "twelve months", "一年", "one year",
            "15%", "百分之十五", "40%", "百分之四十", "1 year"]
MUST_MISS = ["99.95%", "24小时", "24 hours", "14 hours", "2027年12月", "0.5 hours", "万分之五十", "130%", "1,230,000",
             "15,600", "百分之三十五", "第一年", "12 Monthly", "0.15%", "140%", "十四小时", "7×24小时", "7×12小时", "45%",
             "0.08%", "12 hours", "first year", "150%", "1,100%"]


def selftest():
    for s in MUST_HIT:
        assert RX.search(s), ("must hit", s)
        assert RX.search(re.sub(r"\s", "", s)), ("must hit (no ws)", s)
    for s in MUST_MISS:
        assert not RX.search(s), ("must miss", s, RX.search(s))


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    office = {k: (v[0], v[1]) for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write({k: TARGETS[k][4] for k in office}, office, OUT, wrap_words=True)
    for k, (name, fmt, lang, cat, src) in TARGETS.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    covered = set()
    for k, (name, fmt, lang, cat, src) in TARGETS.items():
        text = read_back(OUT / name)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (k, "zh length", n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, "en words", n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = RX.search(variant)
            assert not m, (k, "threshold figure", m.group(0), variant[max(0, m.start() - 30):m.end() + 30])
        terms = dict(zip(KEYS, LABELS[k][0]))
        assert len(LABELS[k][0]) == len(KEYS)
        for key, th in THRESH.items():
            v = terms[key]
            assert v is None or abs(v - th) > 1e-9, (k, key, v)
        if k in TCO and tco_share(k) is not None:
            assert abs(tco_share(k) - 40) > 2, (k, "tco share near threshold", tco_share(k))
        rules = derive(k)
        assert rules == sorted(DESIGN[k]), (k, rules, DESIGN[k])
        covered |= set(rules)
        (OUT / (Path(name).stem + ".json")).write_text(label_json(k), encoding="utf-8")
        share = tco_share(k) if k in TCO else None
        print("%s %-4s %5d %s risk=%s rules=%s%s" % (k, fmt, n, "chars" if lang == "zh" else "words", risk(rules),
              ",".join(r[3:] for r in rules) or "-", "" if share is None else " tco=%.2f%%" % share))
    # the mix
    counts = {k: len(derive(k)) for k in TARGETS}
    assert counts["z01"] == 0 and counts["e03"] == 0
    assert derive("e01") == ["CR-GOVERNING-LAW"] and risk(derive("e01")) == "low"
    assert 8 <= counts["z05"] <= 10
    assert all(2 <= counts[k] <= 3 for k in ("z02", "z03", "z04", "e02", "e04", "e05"))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    main()
