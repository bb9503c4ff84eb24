"""holdout421: ten blind, ordinary draft contracts (5 zh, 5 en) with labels, written before any run.

Builds the .txt/.md files directly and the .docx/.pdf through ../word_pdf.py (wrap_words=True), writes the .json labels,
derives each draft's expected rules from its labels by my own reading of policy.md §3, checks them against the design
list and full coverage, measures lengths from the built files and scans every built file and source for threshold
figures. Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:临川区退役军人就业创业服务平台建设项目合同
P:合同编号：TYJR-ZFCG-2027-017　　采购方式：公开招标（政府采购）
P:甲方（采购人）：江宁市临川区退役军人事务局
P:乙方（供应商）：江苏启航智联信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方就临川区退役军人就业创业服务平台（以下简称“平台”）的软件许可及定制开发事宜，经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供平台软件的永久使用许可，并在平台基础上定制开发岗位智能匹配、创业扶持申报审核、技能培训报名、政策精准推送四个模块，完成与市人社就业信息系统、区政务服务平台的数据对接。
P:1.2 乙方负责平台的部署、初始化配置、历史数据导入、用户培训及质保期内的维护服务。
P:1.3 平台部署在区政务云，服务对象为全区退役军人、用人单位和甲方工作人员。
P:1.4 项目的具体功能、性能和安全要求以招标文件第三章《采购需求》为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰肆拾玖万元整（¥1,490,000.00），含税，包含下表全部内容：
TB:序号|项目|金额（元）
TB:1|就业创业服务平台软件永久许可（不限用户数）|860,000
TB:2|定制开发（四个业务模块及两项数据对接）|520,000
TB:3|部署实施及历史数据导入|86,000
TB:4|用户培训（三期）|24,000
TB:合计||1,490,000
P:2.2 合同总价为固定价格，履约期间不因人工、材料等价格变动而调整。
H:第三条 付款方式
P:3.1 合同签订后，乙方提交等额银行保函，甲方在收到发票之日起十个工作日内支付合同总价的20%作为预付款。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 甲方通过国库集中支付方式付款，乙方应在每期付款前开具合法有效的增值税发票。
H:第四条 交付期限
P:4.1 乙方应在合同签订后90日内完成全部部署和定制开发，并提交初步验收申请。
P:4.2 因甲方原因导致工期延误的，交付期限相应顺延，双方应以书面形式确认。
H:第五条 验收
P:5.1 初步验收：平台部署完成后，由甲方组织功能测试，各模块功能与招标文件需求逐项比对，全部满足后签署初验报告。
P:5.2 最终验收：平台试运行60日，期间未发生一级故障，岗位匹配结果准确率不低于95%，并发用户800人时页面响应时间不超过3秒，通过第三方安全测评后，由甲方组织专家进行最终验收并出具验收报告。
P:5.3 平台上线使用、甲方支付部分款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收。
H:第六条 服务水平
P:6.1 质保期内平台月可用率不低于99.5%（计划内维护时间除外，计划维护应提前三个工作日通知甲方）。
P:6.2 故障分级及响应：一级故障（平台整体不可用或核心业务无法办理）30分钟内响应，2小时内到场处理；二级故障（部分功能不可用）2小时内响应；三级故障（一般性问题）下一个工作日内处理。
P:6.3 乙方每延迟响应一小时，甲方可扣减人民币500元；月可用率每低于承诺值0.1个百分点，扣减人民币1,000元，从质保金或维护费中抵扣。
H:第七条 质保及维护
P:7.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:7.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过软件许可费的8%（即每年不超过人民币68,800元），质保期满后三个服务年度内不上调，双方另行签订维护合同，维护合同不自动续期。
H:第八条 知识产权
P:8.1 平台基础软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的模块、接口程序、源代码及技术文档的知识产权归甲方所有，乙方应在最终验收时交付完整源代码。
P:8.3 乙方保证所提供软件不侵犯第三方知识产权，因侵权引起的纠纷由乙方负责处理并承担全部费用。
H:第九条 数据安全
P:9.1 平台中的退役军人个人信息、就业创业数据等全部数据属于甲方，乙方仅为履行本合同使用，不得用于其他任何目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求，对个人信息加密存储，运维操作须经堡垒机并留存日志，未经甲方书面同意不得将数据复制出政务云。
P:9.3 发生数据泄露或安全事件的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成数据泄露的，乙方承担全部法律责任并赔偿甲方损失。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、个人信息及其他非公开信息负有保密义务，未经甲方书面同意不得向第三方披露。
P:10.2 保密义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:11.2 乙方交付的平台不符合合同约定的，应负责修改或更换，由此导致逾期的按前款处理。
P:11.3 甲方逾期付款的，应按未付金额每日万分之二向乙方支付违约金，但因财政资金拨付原因延迟的除外。
H:第十二条 履约保证与人员
P:12.1 乙方应在合同签订后5个工作日内提交合同总价5%的履约保函，保函在最终验收后退还。乙方项目经理及核心开发人员应与投标文件一致，确需更换的，应提前10日书面征得甲方同意，更换人员的资历不得低于原人员。乙方人员在甲方场所工作期间应遵守甲方的安全保密和办公管理制度。
H:第十三条 分包
P:13.1 本项目不允许分包，乙方不得将合同项下任何工作转包或分包给第三方。
H:第十四条 合同解除
P:14.1 乙方逾期交付超过30日，或交付的平台经两次验收仍不合格，或有其他严重违约行为经甲方书面催告后15日内仍未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
H:第十五条 不可抗力
P:15.1 因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，根据不可抗力的影响部分或全部免除责任。
H:第十六条 法律适用与争议解决
P:16.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十七条 其他
P:17.1 招标文件、投标文件、中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：江宁市临川区退役军人事务局　　法定代表人或授权代表：________　　日期：2027年3月8日
P:乙方（盖章）：江苏启航智联信息技术有限公司　　法定代表人或授权代表：________　　日期：2027年3月8日
"""

Z02 = """T:制粉车间控制系统改造及维保合同
P:合同编号：HF-SB-2027-031
P:甲方：河南禾丰面粉有限公司（买方）
P:乙方：郑州中科粮机自动化工程有限公司（卖方）
P:鉴于甲方日处理小麦600吨的二号制粉线原有继电器控制系统老化，故障频发，甲方决定对该线进行自动化控制系统改造。乙方具备相应的设计、供货和调试能力。双方经协商一致，订立本合同。
H:1. 项目范围
P:1.1 乙方负责二号制粉线控制系统改造的设计、设备供货、软件许可、程序编制、安装调试、培训及质保期内维护。
P:1.2 改造范围包括清理、制粉、打包三个工段的电气控制，更换PLC及远程IO、主要电机变频器，新建中控室上位机监控系统，实现全线一键启停、连锁保护、产量统计和故障报警。
P:1.3 乙方提供的设备均应为全新、原厂正品，并随货提供合格证、说明书和电气图纸。
P:1.4 乙方应在合同生效后20日内提交控制系统设计方案，包括控制柜布置图、IO点表、网络拓扑、连锁逻辑说明和切换方案，经甲方设备部书面确认后实施。设计方案的确认不免除乙方对系统功能和质量的责任。
H:2. 合同价格
P:2.1 合同总价为人民币壹佰零玖万元整（¥1,090,000），含13%增值税、运输、保险及安装调试费用。价格明细如下：
TB:序号|名称|数量|金额（元）
TB:1|PLC控制器及远程IO模块|1套|386,000
TB:2|变频器（含电抗器）|42台|212,000
TB:3|上位机SCADA软件许可（永久）|1套|168,000
TB:4|工控服务器及操作站|3台|94,000
TB:|设备及软件小计||860,000
TB:5|安装、布线及调试|1项|126,000
TB:6|控制程序编制（定制）|1项|88,000
TB:7|操作及维护培训|1项|16,000
TB:|合同总价||1,090,000
H:3. 付款
P:3.1 合同生效后10日内，甲方支付合同总价的10%作为预付款。
P:3.2 设备全部到货并安装完毕后，甲方支付合同总价的55%。到货安装不视为验收。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方在每次收款前应向甲方开具等额增值税专用发票。
P:3.5 甲方付款前，乙方应提交相应阶段的书面资料：预付款需提交履约保函；到货安装款需提交到货清单和安装记录；最终验收款需提交验收单、竣工图纸、源程序光盘和培训记录。资料不全的，甲方付款期限相应顺延。
H:4. 交货与工期
P:4.1 乙方应在合同生效后45日内将全部设备运抵甲方厂区，并利用甲方安排的停产检修期（不超过10日）完成切换。
P:4.2 乙方施工应遵守甲方的粉尘防爆、动火作业和安全生产管理制度，进入车间的人员须经甲方安全培训，特种作业人员持证上岗。因乙方原因发生安全事故的，由乙方承担责任。
P:4.3 甲方负责提供施工用电、设备临时存放场地和停产检修窗口，并指定一名设备工程师作为现场联系人，及时确认工程签证和隐蔽工程。
P:4.4 设备到货时，双方共同开箱检查型号、数量和外观，并签署到货清单。到货清单仅证明货物到场，不代表设备质量合格。
H:5. 验收
P:5.1 系统安装调试完成后连续带料试运行15日，应满足：一键启停及各工段连锁动作正确；出粉率、电耗数据采集与现场仪表偏差不超过1%；试运行期间无因控制系统造成的停机；全部报警可在上位机显示并记录。
P:5.2 满足上述条件后，甲方组织生产、设备、安全部门进行最终验收并签署验收单。甲方开机生产不视为验收合格。
H:6. 质保与维保
P:6.1 质保期为三十六个月，自最终验收之日起计算。质保期内因设备质量或程序缺陷引起的故障，乙方免费维修、更换。
P:6.2 乙方应在甲方厂区存放常用备品备件（包括IO模块、通讯模块和小功率变频器各两件），质保期内消耗的备件由乙方免费补足。
P:6.3 质保期满后，乙方继续提供年度维保服务，维保费为每年人民币51,600元（设备及软件小计的6%），质保期满后三个服务年度内不变。维保合同需双方另行签订，不自动续期。
H:7. 故障响应
P:7.1 一级故障（制粉线停机或连锁保护失效）：乙方应在接到报修后8小时内响应，并在当日安排工程师到场。
P:7.2 二级故障（单台设备或单个工段异常）：乙方应在接到报修后12小时内响应，48小时内修复。
P:7.3 乙方未按上述时限响应的，每超过一小时向甲方支付人民币400元。
P:7.4 乙方每季度对控制系统进行一次预防性巡检，检查控制柜温度、接线端子、通讯状态和程序备份，巡检完成后提交巡检报告。
H:8. 数据与网络安全
P:8.1 控制系统中的工艺参数、配方、产量及能耗数据属于甲方，乙方不得复制或用于本合同以外的用途。
P:8.2 乙方远程维护须事先取得甲方书面批准，每次使用甲方提供的临时账号，维护结束后立即关闭；乙方不得在控制网络中安装与本项目无关的软件。
P:8.3 因乙方原因造成数据泄露、控制系统被入侵或生产中断的，乙方应立即报告并协助处置，承担相应赔偿责任。
H:9. 保密
P:9.1 双方对在履行本合同中获知的对方技术资料、工艺配方和商业信息负有保密义务，未经对方书面同意不得向第三方披露。未经甲方同意，乙方不得将本项目作为宣传案例或在厂区拍照、录像。
H:10. 知识产权
P:10.1 乙方为本项目编制的控制程序、画面组态及电气图纸的知识产权归甲方所有，乙方应在验收时提交全部源程序。
P:10.2 SCADA软件及设备内置软件的知识产权归原厂所有，甲方享有永久使用权。
P:10.3 乙方保证所供设备和软件不侵犯第三方的知识产权，因此引起的纠纷由乙方负责。
H:11. 违约责任
P:11.1 乙方逾期交货或逾期完成调试的，每逾期一日按合同总价的千分之一支付违约金。
P:11.2 乙方对本合同的累计赔偿责任以合同总价的两倍为限，但人身伤亡及故意行为除外。
H:12. 分包
P:12.1 乙方可将电气安装、桥架敷设等施工工作分包给具备相应资质的单位，但应提前书面通知甲方。乙方对分包单位的工作承担全部责任。
H:13. 合同的履行
P:13.1 除因不可抗力致使合同目的无法实现外，任何一方不得解除本合同。乙方违约的，甲方可以要求乙方继续履行、采取补救措施并支付违约金，但不得以此为由解除合同。
H:14. 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。争议协商不成的，提交郑州仲裁委员会仲裁。
H:15. 其他
P:15.1 本合同一式四份，双方各执二份，经双方签字盖章后生效。技术协议为本合同附件，与本合同具有同等效力。
P:15.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。双方往来通知以书面形式送达本合同所列地址，一方地址变更的，应提前7日书面通知对方。
P:甲方（盖章）：河南禾丰面粉有限公司　　代表：________　　日期：2027年4月2日
P:乙方（盖章）：郑州中科粮机自动化工程有限公司　　代表：________　　日期：2027年4月2日
"""

Z03 = """社区团购仓配中心订单及配送管理系统服务合同

合同编号：XS-IT-2026-118
甲方（客户）：湖南鲜速达社区商业有限公司
乙方（服务商）：长沙云仓智配科技有限公司

甲方在长沙、株洲、湘潭共运营15个社区团购仓配中心，需要统一的订单汇总、分拣、线路规划和团长签收管理系统。乙方提供“云仓智配”SaaS服务及实施。双方经友好协商，订立本合同。

一、服务内容
（一）乙方向甲方15个仓配中心提供云仓智配SaaS订阅服务，包括订单汇总、波次拣货、按团长分拣、配送线路规划、司机APP、团长签收及售后管理功能。
（二）乙方负责系统实施，包括基础数据初始化、15个仓的流程配置、PDA及打印设备联调、操作培训，以及与甲方小程序商城和财务系统的接口开发。培训对象包括各仓仓管员、分拣组长、调度员和司机，每仓至少现场培训两次。
（三）服务期为两个服务年度，自2027年1月1日起至2028年12月31日止。
（四）服务期内，乙方免费向甲方提供系统的功能升级和安全补丁，升级前应提前通知甲方，重大升级应在甲方确认的时间窗口进行，不得影响各仓的正常作业。
（五）甲方负责提供各仓的网络环境、PDA及打印设备，指定各仓系统管理员，配合乙方完成基础数据整理和流程确认。

二、费用
（一）合同总价为人民币924,000元，构成如下：
1. 订阅费：每仓每服务年度26,000元，15个仓每服务年度390,000元，两个服务年度合计780,000元；
2. 实施费（一次性）：96,000元；
3. 接口开发费（一次性）：48,000元。
（二）新增仓配中心按每仓每服务年度26,000元按月折算。新增仓的实施费另行协商，不包含在本合同总价内。
（三）上述费用已包含乙方提供服务所需的云资源、短信、技术支持及差旅等全部费用，乙方不得以任何理由另行收取。

三、付款
（一）实施费和接口开发费在系统通过上线验收后15个工作日内一次性支付。
（二）订阅费按季度支付，乙方在每季度首月开具发票，甲方在收到发票后10个工作日内支付当季订阅费。
（三）乙方应开具增值税专用发票，发票不合格的，甲方有权顺延付款。

四、实施与上线验收
（一）乙方应在2026年12月20日前完成全部15个仓的实施，具备上线条件。
（二）上线验收标准：连续7日内全部仓按系统生成的波次完成拣货分拣；订单汇总与商城订单核对一致；单仓日处理8,000单时页面响应不超过2秒；两个接口数据同步延迟不超过5分钟。
（三）满足上述标准后，双方签署上线验收单。系统试用不视为验收合格。
（四）乙方逾期完成上线的，每逾期一日按合同总价的千分之一向甲方支付违约金。
（五）乙方应组建不少于6人的实施团队，项目经理全程负责，每周向甲方提交实施周报，列明各仓进度、问题和下周计划。

五、服务水平
（一）乙方承诺系统月可用率不低于99.95%，计划内维护安排在每日凌晨1点至5点之间，并提前通知甲方。
（二）一级故障（任一仓无法下单、拣货或打印）15分钟内响应，2小时内恢复；二级故障1小时内响应，当日解决；三级故障下一个工作日解决。
（三）系统未达到上述服务水平的，乙方应尽快修复并提交故障报告，但不因此承担扣减费用、服务抵扣或赔偿责任。
（四）乙方每月5日前向甲方提交上月服务报告，内容包括系统可用率、故障清单及处理情况、各仓订单处理量和优化建议。
（五）乙方提供7×24小时客服热线和在线工单，并为甲方指定专属客户经理。

六、数据
（一）甲方在系统中录入和产生的订单、团长、会员及配送数据属于甲方。
（二）乙方应对甲方数据采取加密传输和存储、权限分级、操作日志留存等安全措施，数据存储于中国境内的机房，每日备份。发生数据泄露、丢失等安全事件的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成数据泄露或丢失的，乙方承担赔偿责任。
（三）甲方同意，乙方在服务期内及服务期满后，可以使用经脱敏和汇总处理的甲方订单及配送数据，用于行业分析报告、线路算法训练和产品改进。
（四）服务终止后30日内，乙方应按甲方要求以通用格式返还全部数据，并在返还后删除。
（五）乙方人员访问甲方生产数据须经甲方授权，乙方应每季度向甲方提供数据访问日志，甲方有权对乙方的数据安全措施进行检查或委托第三方进行评估，乙方应予配合。

七、保密
（一）双方对在合作中知悉的对方商业秘密、价格、供应商及客户信息负有保密义务，未经对方书面同意不得披露，保密期限至合同终止后三个服务年度。
（二）乙方应要求其接触甲方信息的员工签署保密承诺，乙方员工违反保密义务的，视为乙方违约。

八、知识产权
（一）云仓智配平台的知识产权归乙方所有。
（二）乙方为甲方开发的两项接口程序及其源代码的知识产权归甲方所有，甲方可自行修改或委托第三方维护。

九、续期
（一）服务期满前30日内任何一方未书面提出不续期的，本合同自动续期一个服务年度，以此类推。
（二）续期时，乙方有权根据市场情况上调订阅费，上调幅度不超过上一服务年度订阅费的8%，乙方应在续期前15日通知甲方。

十、责任限制
（一）乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因乙方故意或重大过失造成数据泄露的除外。
（二）任何一方均不对对方的间接损失、利润损失承担责任，但本合同另有约定的除外。

十一、分包
（一）未经甲方书面同意，乙方不得将本合同项下的实施或运维工作分包给第三方。经甲方同意分包的，乙方仍对分包部分的工作质量和数据安全向甲方承担全部责任。

十二、合同解除
（一）乙方严重违约，经甲方书面通知后15日内未纠正的，甲方有权解除合同，乙方应退还未履行期间已付的订阅费。
（二）甲方逾期付款超过60日的，乙方有权暂停服务。
（三）合同期满或解除时，乙方应配合甲方完成向新系统的过渡，过渡期内按原服务水平继续提供服务，过渡期最长不超过60日，过渡期费用按月折算。

十三、法律适用及争议解决
（一）本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，提交长沙仲裁委员会仲裁。

十四、其他
（一）本合同一式两份，双方各执一份，自双方盖章之日起生效。
（二）本合同附件包括：附件一《功能清单》，附件二《15个仓配中心地址及上线计划》，附件三《上线验收方案》。附件与本合同具有同等效力。
（三）因不可抗力不能履行本合同的，受影响一方应及时通知对方，并根据影响程度部分或全部免除责任。
（四）双方的通知以书面形式送达本合同首部所列地址或双方确认的电子邮箱。

甲方（盖章）：湖南鲜速达社区商业有限公司
授权代表：__________　　日期：2026年10月15日

乙方（盖章）：长沙云仓智配科技有限公司
授权代表：__________　　日期：2026年10月15日
"""

Z04 = """建筑市场监管与诚信信息平台运行维护服务合同

项目编号：QZJ-CS-2026-044（竞争性磋商）
甲方（采购人）：清远市住房和城乡建设局
乙方（成交供应商）：广东正衡信息技术服务有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件和乙方响应文件，甲乙双方就清远市建筑市场监管与诚信信息平台（以下简称“监管平台”）运行维护服务事宜订立本合同。

（1）服务范围
① 监管平台包括企业资质、人员注册、项目报建、施工许可、合同备案、诚信评价、实名制及工资支付监管等子系统，以及与省住建厅、市政务服务平台的数据接口。
② 乙方提供应用系统运维、数据库运维、中间件及服务器运维、安全巡检、接口保障、数据质量核查、用户服务热线及应急保障服务。
③ 乙方派驻2名运维工程师在甲方办公场所驻场，工作日8:30至17:30在岗，节假日安排电话值守。
④ 乙方负责监管平台的日常巡检（每日两次）、数据库备份（每日增量、每周全量）、操作系统及中间件补丁更新、日志分析和性能优化，并配合甲方完成省住建厅数据报送、年度诚信评价和系统功能小幅调整（每季度不超过20人日）。
⑤ 重大活动、重要会议期间及甲方要求的特殊时段，乙方应安排专人现场值守。

（2）服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同终止，不自动续期；甲方如需继续采购，应按政府采购程序重新组织。

（3）合同价款
① 合同总价为人民币伍拾捌万陆仟元整（¥586,000），为固定总价，包括：驻场运维人员服务费384,000元，安全巡检及等级保护测评配合服务费96,000元，备品备件58,000元，应急保障服务费48,000元。
② 上述价款已包含乙方人员的工资、社保、差旅、通讯及税费等全部费用。服务期内甲方不另行支付任何费用。
③ 备品备件按乙方响应文件所附清单提供，服务期内未使用的备品备件归甲方所有。

（4）付款方式
① 本合同不设预付款。
② 服务费按季度支付。每季度结束后，甲方依据第（6）条考核结果，在15个工作日内支付当季服务费（合同总价的四分之一），扣除当季应扣款项。
③ 乙方应在每次付款前提供合法有效的发票。

（5）服务交接
① 乙方应于2026年12月25日前完成与原运维单位的交接，包括系统账号、文档、备份和遗留问题清单，并形成交接报告。
② 乙方未按期完成交接的，每逾期一日按合同总价的千分之一向甲方支付违约金。

（6）服务水平与考核
① 监管平台月可用率不低于99.95%（经甲方同意的计划维护时间除外）。计划维护应安排在非工作时间，并提前两个工作日报甲方同意。
② 一级故障（平台整体中断或核心业务无法办理）：乙方接报后30分钟内响应，2小时内到场，6小时内恢复；二级故障：1小时内响应，当日恢复；三级故障：2个工作日内解决。
③ 每月提交运维月报，每季度开展一次安全巡检和一次数据备份恢复演练。月报内容包括系统运行情况、故障处理记录、数据质量核查结果、安全事件和改进建议。
④ 考核扣款：一级故障每延迟响应一小时扣减人民币800元；月可用率每低于承诺值0.01个百分点，扣减当季服务费的1%；未按期提交月报的，每次扣减500元。
⑤ 每季度由甲方按《运维服务考核细则》对乙方考核评分，并书面确认当季服务。服务期满，甲方对全年服务进行年度验收，依据全年考核结果、运维文档完整性和遗留问题清零情况出具验收意见。

（7）数据安全
① 监管平台中的企业、人员、项目及诚信数据全部属于甲方，乙方仅为履行本合同在授权范围内访问，不得用于其他任何用途。
② 乙方须遵守网络安全等级保护三级要求，所有运维操作通过甲方堡垒机进行并全程录屏，不得私自导出、复制数据，不得使用个人设备接入内网。
③ 发生数据泄露、篡改或系统被攻击等安全事件的，乙方应在1小时内报告甲方并启动应急预案；因乙方原因导致安全事件的，乙方承担全部法律责任并赔偿甲方损失。

（8）保密
乙方及其驻场人员对工作中接触的甲方工作秘密、企业商业信息和个人信息负有保密义务，驻场人员应签署保密承诺书，保密义务不因合同终止而解除。

（9）知识产权
乙方在服务期内为甲方编写的运维脚本、数据核查程序、应急预案和技术文档，其知识产权归甲方所有。乙方应在每季度末将上述成果的最新版本提交甲方存档，甲方可自行使用、修改或交由其他单位使用。

（10）应急保障
① 乙方应制定监管平台应急预案，报甲方备案，每半年组织一次应急演练。
② 发生一级故障或安全事件时，乙方应立即启动应急预案，项目负责人须到场指挥，并在事件处置完毕后3个工作日内提交事件分析报告，说明原因、影响范围、处置过程和整改措施。
③ 乙方应保证备品备件库中的硬盘、电源等易损件数量满足更换需要，更换下的存储介质由甲方留存或在甲方监督下销毁。

（11）人员要求
① 驻场工程师应具备三年以上政务系统运维经验，更换人员须提前15日征得甲方书面同意。乙方应另行指定一名项目负责人，负责运维服务的组织协调，每月至少到甲方现场汇报一次。
② 乙方不得将本合同项下的服务转包或分包。
③ 驻场人员应遵守甲方的考勤、保密和办公管理制度。甲方认为驻场人员不能胜任的，有权要求乙方在10日内更换。

（12）违约责任与合同解除
① 乙方连续两个季度考核不合格，或因乙方原因发生重大安全事件，或有其他严重违约行为经书面催告后10日内未改正的，甲方有权解除合同，并要求乙方赔偿损失。
② 甲方逾期付款的，应按逾期金额每日万分之二支付违约金，因财政资金拨付原因造成的延迟除外。
③ 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在影响范围内免除责任，但乙方仍应尽力保障监管平台的数据安全。
④ 乙方对其驻场人员的人身安全和劳动关系负责，乙方人员在服务过程中发生的伤亡事故由乙方承担责任，与甲方无关。

（13）服务终止时的交接
服务期满或合同解除时，乙方应在15日内向甲方或甲方指定的单位完成交接，移交全部账号、文档和数据，并配合后续服务单位过渡，不得删除或带走任何数据。

（14）法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方应先行协商；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。诉讼期间，除争议部分外，双方应继续履行本合同其他条款，乙方不得以存在争议为由停止运维服务。

（15）其他
磋商文件、响应文件及成交通知书为本合同的组成部分。本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：清远市住房和城乡建设局
授权代表：__________　　日期：2026年11月20日

乙方（盖章）：广东正衡信息技术服务有限公司
授权代表：__________　　日期：2026年11月20日
"""

Z05 = """# 设备管理（EAM）软件许可及实施合同

**（慧维科技标准合同文本 V3.0）**

合同编号：HW-EAM-2027-0215

甲方：天津桂香村麻花食品有限公司

乙方：天津慧维科技有限公司

甲方拟对和面、成型、油炸、包装等生产线设备实行信息化管理。乙方为慧维EAM设备管理软件的开发商。经双方协商，甲方向乙方采购慧维EAM软件许可及相关定制开发和实施服务，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供慧维EAM设备管理软件V3.0的永久使用许可（50个并发用户）及移动端许可（80个终端）。

1.2 乙方按甲方需求定制开发设备点检、润滑管理、备品备件三个模块，并与甲方现有ERP系统进行物料数据对接。

1.3 乙方负责软件安装、设备台账初始化、系统配置及操作培训。

1.4 设备台账初始化范围为甲方现有生产设备约1,200台（套），甲方应按乙方提供的模板整理设备基础数据，乙方负责导入和校验。

## 第二条 合同价款

2.1 合同总价为人民币柒拾万元整（¥700,000），明细如下：

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 慧维EAM软件永久许可（50并发用户） | 1套 | 420,000 |
| 2 | 移动端许可 | 80个 | 60,000 |
|  | 软件许可小计 |  | 480,000 |
| 3 | 定制开发（点检、润滑、备件及ERP对接） | 1项 | 168,000 |
| 4 | 安装、初始化及培训 | 1项 | 52,000 |
|  | 合计 |  | 700,000 |

2.2 以上价格含税。甲方需要的服务器、数据库及网络环境由甲方自行准备。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方向乙方支付合同总价的58%，即人民币406,000元。乙方收到该款项后开始实施。

3.2 系统上线运行后10个工作日内，甲方支付合同总价的42%，即人民币294,000元。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，乙方有权暂停实施或服务。

## 第四条 实施周期

4.1 乙方计划在收到首笔款项后75日内完成软件安装、定制开发和上线。

4.2 实施过程中如甲方需求变更、数据准备不及时，实施周期相应顺延，因此增加的工作量由甲方另行支付费用。

4.3 乙方未能按计划完成上线的，应与甲方协商调整实施计划并尽快完成，双方共同推进项目。

4.4 甲方应指定项目负责人和各车间关键用户，及时确认需求文档和测试结果。甲方对需求文档的确认期限为收到后3个工作日，逾期未确认的视为确认。

4.5 乙方培训内容包括系统管理员培训和车间操作人员培训，培训课时合计不少于16课时，培训地点在甲方厂区。

## 第五条 验收

5.1 乙方完成安装配置后通知甲方上线。系统上线运行即视为甲方验收合格。

5.2 甲方应在上线后7日内提出书面问题清单，逾期未提出的，视为系统符合合同要求。乙方对清单中属于软件缺陷的问题负责修复。

## 第六条 免费维护期

6.1 免费维护期为六个月，自系统上线之日起计算。

6.2 免费维护期内，乙方通过电话、远程方式提供技术支持，并对软件缺陷进行修复。需乙方工程师到现场的，甲方承担差旅费用。

6.3 甲方报修后，乙方将及时响应并尽力解决问题。

## 第七条 年度维护

7.1 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可小计的26%，即每年人民币124,800元，每年预先支付。

7.2 年度维护服务包括软件缺陷修复、版本升级和远程技术支持。甲方未购买年度维护服务的，乙方不再提供任何升级和支持。

7.3 年度维护服务中断后甲方重新购买的，应补缴中断期间的维护费。

## 第八条 知识产权

8.1 慧维EAM软件及其文档的知识产权归乙方所有。

8.2 乙方为甲方定制开发的模块、接口程序、报表及其源代码的知识产权归乙方所有，甲方享有在本公司内部使用的非独占权利，不得修改、复制或许可第三方使用，乙方不提供源代码。

8.3 乙方有权将为甲方定制开发的功能纳入其标准产品，并向其他客户销售。

## 第九条 数据安全

9.1 甲方在系统中录入的设备、备件、维修记录等数据属于甲方，乙方仅为实施和维护目的访问，不得用于其他用途。

9.2 乙方实施和维护人员远程访问甲方系统须经甲方批准，采用加密通道，访问结束后及时关闭账号。乙方应建立数据安全管理制度，不得擅自导出甲方数据。

9.3 因乙方原因造成甲方数据泄露或丢失的，乙方应立即通知甲方，采取补救措施并承担相应赔偿责任。

9.4 甲方应自行做好服务器及数据库的日常备份，乙方可为甲方提供备份方案建议。

## 第十条 保密

10.1 双方对在合作过程中获知的对方商业秘密、技术信息及本合同内容负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后继续有效。

## 第十一条 责任限制

11.1 乙方在本合同项下的累计赔偿责任（包括违约金和损害赔偿）以合同总价的20%为限。

11.2 乙方对甲方的利润损失、生产停工损失等间接损失不承担责任。

## 第十二条 合同解除

12.1 任何一方严重违反本合同，经对方书面催告后30日内仍未纠正的，守约方有权书面通知解除本合同。

12.2 合同解除后，甲方已支付的款项中对应已完成工作的部分不予退还。

12.3 因甲方原因导致项目暂停超过90日的，乙方有权解除合同，已收取的款项不予退还。

## 第十三条 不可抗力

13.1 因不可抗力导致不能履行合同的，受影响方应及时通知对方，并在不可抗力影响范围内免除责任。网络攻击、病毒、第三方软件缺陷及甲方服务器、网络环境故障造成的损失，乙方不承担责任。

## 第十四条 争议解决

14.1 因本合同引起的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十五条 其他

15.1 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。本合同未尽事宜，双方可签订补充协议。

15.2 本合同附件包括：附件一《软件功能清单》，附件二《定制开发需求说明》，附件三《实施计划》。附件与本合同具有同等效力，与本合同正文不一致的，以本合同正文为准。

15.3 乙方有权在其客户名单和宣传材料中使用甲方的名称和标识。

甲方（盖章）：天津桂香村麻花食品有限公司　　授权代表：________　　日期：2027年5月10日

乙方（盖章）：天津慧维科技有限公司　　授权代表：________　　日期：2027年5月10日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. CK-WMS-2027-06
P:This Software Licence and Services Agreement is made between Capeflow Logistics Software (Pty) Ltd, a company registered in the Republic of South Africa with its office at 14 Bird Street, Stellenbosch, Western Cape ("Vendor"), and Chengdu Xinlian Cold Chain Food Distribution Co., Ltd., a company registered in the People's Republic of China with its office in Shuangliu District, Chengdu, Sichuan ("Customer").
P:Background: Customer distributes chilled and frozen food from two warehouses in Chengdu to about 1,400 supermarkets and restaurants. Customer wishes to replace its spreadsheet-based stock control with Vendor's CapeFlow warehouse management system ("WMS"), configured for cold-chain operations. At Customer's request all prices in this Agreement are stated and paid in Chinese Renminbi (CNY).
H:Article 1 Definitions
P:1.1 "Licensed Software" means the CapeFlow WMS version 9 and the CapeFlow RF handheld module in object code, with their documentation.
P:1.2 "Custom Deliverables" means the configurations, interface programs, report templates, scripts and related documentation that Vendor creates specifically for Customer under this Agreement, including their source code.
P:1.3 "Customer Data" means all data entered into or generated by the Licensed Software in Customer's operations, including stock, order, temperature and customer records.
P:1.4 "Final Acceptance" means Customer's written acceptance under Article 5.3.
H:Article 2 Licence
P:2.1 Vendor grants Customer a perpetual, non-exclusive, non-transferable licence to install and use the Licensed Software for its own business at its warehouses in China, for 60 named warehouse users and 45 RF handheld devices.
P:2.2 Customer may make copies for backup, testing and disaster recovery, and may let its contractors use the Licensed Software on its behalf.
P:2.3 Vendor keeps all rights in the Licensed Software that are not expressly granted.
H:Article 3 Services
P:3.1 Vendor shall install the Licensed Software on Customer's servers in Chengdu, configure it for two warehouses (chilled and frozen zones, batch and expiry tracking, first-expiry-first-out picking), and build interfaces to Customer's ERP system, its transport management system and its cold-room temperature loggers.
P:3.2 Vendor shall migrate open stock, item and location data from Customer's spreadsheets, and train 12 key users and 6 administrators.
P:3.3 Vendor shall complete installation, configuration and interfaces within 100 days after signature and shall propose a go-live date in writing.
P:3.4 Vendor shall appoint a project manager who speaks Chinese and shall hold a weekly progress meeting with Customer, online or in Chengdu, with written minutes of decisions and open issues.
H:Article 4 Price and Payment
P:4.1 The total price is CNY 1,020,000, made up as follows:
P:(a) CapeFlow WMS perpetual licence, 60 named users: CNY 620,000;
P:(b) CapeFlow RF handheld module, 45 devices: CNY 90,000;
P:Licence subtotal: CNY 710,000;
P:(c) configuration and three interfaces: CNY 236,000;
P:(d) data migration: CNY 44,000;
P:(e) training: CNY 30,000.
P:4.2 Customer shall pay 10% of the total price within 30 days after signature against Vendor's invoice and an advance payment guarantee from a bank in China for the same amount.
P:4.3 Customer shall pay 55% of the total price within 30 days after go-live. Go-live is not acceptance.
P:4.4 Customer shall pay the remaining 35% of the total price within 30 days after Final Acceptance.
P:4.5 Prices are fixed and include all taxes, travel and expenses of Vendor's staff. Vendor shall issue valid Chinese VAT invoices through its appointed local service company.
H:Article 5 Acceptance
P:5.1 After go-live, the system shall run in live operation for 45 days. Vendor shall deliver an acceptance test plan at least 10 days before go-live.
P:5.2 The acceptance criteria are: all test cases in the agreed plan passed; in two cycle counts, physical stock differs from the system at no more than 2 locations in every 1,000; no Severity 1 fault during the last 20 days of the live run; each interface transmits orders and temperature readings without loss; and a picking wave of 3,000 order lines is released in under 60 seconds.
P:5.3 When the criteria are met, Customer shall sign a Final Acceptance certificate within 10 working days or give written reasons for refusal. Go-live, live use of the system or payment of any instalment is not acceptance.
H:Article 6 Warranty and Support
P:6.1 Vendor warrants for 18 months from Final Acceptance that the Licensed Software and the Custom Deliverables will perform materially in accordance with their documentation and the agreed specifications. During this period Vendor shall correct defects and provide updates, new versions and remote support free of charge.
P:6.2 After the warranty period Customer may order annual support. The annual support fee is 11% of the licence subtotal, that is CNY 78,100 per Support Year, and it will not be increased for the first three Support Years. Support is ordered by Customer each year and does not renew automatically.
H:Article 7 Service Levels
P:7.1 Severity 1 means the system is down or picking, receiving or dispatch cannot be performed at a warehouse. Severity 2 means an important function is impaired with a workaround. Severity 3 means any other fault.
P:7.2 During warranty and paid support, Vendor shall respond to a Severity 1 fault within 1 hour, at any time of the day, and work continuously until a workaround is in place. Severity 2 faults: response within 3 working hours and workaround within 2 working days. Severity 3 faults: response within 1 working day.
P:7.3 If Vendor misses a Severity 1 response time, Vendor shall credit Customer CNY 1,000 for each hour or part of an hour of delay, set off against the next payment or support fee.
H:Article 8 Intellectual Property
P:8.1 The Licensed Software remains the property of Vendor and its licensors.
P:8.2 All rights in the Custom Deliverables belong to Customer from their creation. Vendor shall deliver their source code at Final Acceptance. Customer may use, modify and license them freely, including to other service providers.
P:8.3 Vendor shall defend Customer against any claim that the Licensed Software or Custom Deliverables infringe third-party rights and shall pay the resulting damages and costs.
H:Article 9 Customer Data and Data Security
P:9.1 Customer Data belongs to Customer. Vendor may use Customer Data only to perform this Agreement and shall not use it for any other purpose, including in aggregated or anonymised form.
P:9.2 Vendor shall access Customer's systems only through the remote access tool that Customer provides, with a personal account, multi-factor authentication and session logs, and only after Customer approves each session. Vendor shall not copy Customer Data outside China and shall comply with Chinese data security and personal information laws.
P:9.3 Vendor shall notify Customer within 12 hours of becoming aware of any unauthorised access to Customer Data, shall help contain it, and is responsible for losses, fines and costs caused by a breach of this Article by Vendor or its staff.
H:Article 10 Confidentiality
P:10.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to staff and advisers who need to know it and are bound by similar duties. This obligation continues for three years after this Agreement ends.
H:Article 11 Delay and Liability
P:11.1 If Vendor fails to complete go-live by the date in Article 3.3 for reasons within its control, Vendor shall pay delay damages of 0.1% of the total price for each day of delay, up to a total of 10% of the total price.
P:11.2 Each party's total liability under this Agreement is limited to 150% of the total price. This limit does not apply to personal injury, fraud, wilful misconduct, infringement under Article 8.3 or breach of Article 9.
H:Article 12 Subcontracting
P:12.1 Vendor shall not subcontract any part of the services without Customer's prior written consent. Vendor remains responsible for any subcontractor's work. The local service company named in Article 4.5 is approved for invoicing only.
H:Article 13 Term and Termination
P:13.1 This Agreement starts on signature and continues until the end of the warranty period. The licence in Article 2 survives.
P:13.2 Customer may terminate this Agreement by written notice if Vendor commits a material breach and does not remedy it within 20 days after written notice, or if the delay damages under Article 11.1 reach their maximum. Vendor shall then refund all amounts paid for services not accepted.
P:13.3 Vendor may terminate if Customer fails to pay an undisputed amount within 45 days after written notice.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of South Africa.
P:14.2 Any dispute shall be finally resolved by arbitration under the rules of the Arbitration Foundation of Southern Africa, seated in Johannesburg, in English, before one arbitrator.
H:Article 15 General
P:15.1 Neither party is liable for failure caused by events beyond its reasonable control, provided it notifies the other party promptly and limits the effects.
P:15.2 Notices must be in writing and sent to the addresses above. Changes to this Agreement must be in writing and signed by both parties. This Agreement is signed in two English originals.
P:Signed for Capeflow Logistics Software (Pty) Ltd: ____________________  Date: 12 April 2027
P:Signed for Chengdu Xinlian Cold Chain Food Distribution Co., Ltd.: ____________________  Date: 12 April 2027
"""

E02 = """# ORDER FORM

**ShiftWise Workforce Scheduling — Order Form No. SW-CN-0427**

| Item | Details |
|---|---|
| Provider | ShiftWise Technologies Limited, Plot 2374, Addis Ababa Drive, Lusaka, Zambia |
| Customer | Changsha Weixiang Catering Management Co., Ltd., Yuelu District, Changsha, Hunan, PRC |
| Service | ShiftWise cloud scheduling, time-and-attendance and labour-cost service for 120 restaurants |
| Subscription Term | 1 July 2027 to 30 June 2029 (two Subscription Years) |
| Currency | Chinese Renminbi (CNY), at the Customer's request |
| Order Date | 3 May 2027 |

## 1. Fees

| Fee | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee, Subscription Year 1 (1 July 2027 – 30 June 2028) | 120 restaurants, up to 4,800 staff | 288,000 |
| Subscription Fee, Subscription Year 2 (1 July 2028 – 30 June 2029) | 120 restaurants, up to 4,800 staff | 288,000 |
| Onboarding (one-time) | configuration, POS and payroll interfaces, training | 36,000 |
| **Total Fees** | | **612,000** |

Additional restaurants may be added at CNY 2,400 per restaurant per Subscription Year, prorated by month. Additional restaurants are not included in the Total Fees.

## 2. Invoicing and Payment

2.1 The Subscription Fee is invoiced quarterly in advance, starting on the Go-Live Date, in eight equal instalments of CNY 72,000. No fee is due before the Go-Live Date.

2.2 The Onboarding fee is invoiced after Customer signs the Go-Live Acceptance under clause 3.3.

2.3 Customer pays each invoice within 30 days after receipt of a valid invoice. All amounts include applicable taxes. Provider issues Chinese VAT invoices through its authorised reseller in Changsha.

## 3. Onboarding and Go-Live

3.1 Provider shall configure the service for Customer's 120 restaurants, import staff, roles, shift rules and labour-law parameters for Hunan Province, connect the service to Customer's point-of-sale system and payroll system, and train 15 regional managers.

3.2 Provider shall make the service ready for go-live by 20 June 2027. If readiness is late for reasons within Provider's control, Provider shall pay CNY 600 for each day of delay, up to CNY 36,000.

3.3 Go-Live Acceptance criteria: schedules for all restaurants are generated from the imported rules; clock-in records from a sample of 20 restaurants match the attendance devices for 10 consecutive days; POS sales data feeds the labour-cost forecast every hour without loss; and the payroll export passes a parallel run for one pay period. When the criteria are met Customer signs a Go-Live Acceptance certificate. Use of the service before that date is not acceptance.

## 4. Signature

This Order Form is governed by the ShiftWise General Terms below, which form part of it. If they conflict, this Order Form prevails.

For Provider: ____________________ Name: Mwila Banda, Commercial Director

For Customer: ____________________ Name: Liu Jing, Head of Operations

# GENERAL TERMS

## 1. The Service

1.1 Provider shall provide the service described in the Order Form through its web portal and mobile app, maintain it, and make new releases available to Customer at no extra charge.

1.2 Customer shall keep its login details safe and is responsible for the acts of its users.

1.3 Provider shall give Customer's administrators access to a support portal and a Chinese-language help desk from 08:00 to 22:00 China Standard Time every day. Priority 1 incidents may be reported by telephone at any time.

1.4 Provider shall announce new releases at least 14 days before they are deployed, with release notes in Chinese, and shall not remove any function that Customer uses without offering an equivalent function.

1.5 Customer shall provide accurate shift rules and labour-law parameters and shall check the schedules generated by the service before publishing them to staff. Provider is not responsible for errors caused by incorrect rules supplied by Customer.

## 2. Service Levels

2.1 Provider shall make the service available 99.7% of each calendar month, excluding scheduled maintenance announced at least 72 hours in advance and carried out between 01:00 and 05:00 China Standard Time.

2.2 Priority 1 incidents (the service or clock-in is unavailable for more than one restaurant) receive a response within 1 hour at any time and a target restoration time of 3 hours. Priority 2 incidents receive a response within 3 hours during business hours. Priority 3 incidents receive a response within 2 business days.

2.3 If monthly availability falls below the level in clause 2.1, Customer receives a service credit of 5% of the monthly share of the Subscription Fee for each 0.1 percentage point of shortfall, up to 50% of that monthly share. If Provider misses a Priority 1 response time, Customer receives a credit of CNY 500 for each hour of delay. Credits are deducted from the next invoice.

## 3. Customer Data

3.1 All schedules, attendance records, staff details and sales figures that Customer or its users enter into the service ("Customer Data") belong to Customer.

3.2 Provider uses Customer Data only to provide the service to Customer and does not use it for any other purpose.

3.3 At the end of the Subscription Term Provider shall return Customer Data in CSV format on request made within 30 days.

3.4 Customer may export its schedules and attendance records at any time during the Subscription Term through the standard export functions of the service, at no extra charge.

## 4. Customer Configurations

4.1 Shift templates, rule sets, reports and interface mappings that Provider creates specifically for Customer belong to Customer, which may use, modify and share them freely, including with another provider.

4.2 The service itself, its software and its documentation remain Provider's property.

## 5. Confidentiality

5.1 Each party shall protect the other's confidential information with at least reasonable care, use it only for this agreement and not disclose it to any third party except its employees and professional advisers who need to know it. These duties last for three years after the Subscription Term.

## 6. Warranties

6.1 Provider warrants that the service will perform materially as described in its documentation and that it will provide the service with reasonable skill and care. If the service does not conform, Provider shall correct it without charge.

6.2 Provider warrants that the scheduling rules it configures for Hunan Province reflect the working-time and overtime rules published by the authorities at the Order Date, and shall update them within 30 days after any change that Customer reports to it.

6.3 Provider shall defend Customer against any claim that the service infringes the rights of a third party and shall pay the damages and costs awarded, provided that Customer informs Provider promptly and allows it to conduct the defence.

## 7. Liability

7.1 Each party's total liability under the Order Form and these General Terms is limited to 150% of the Total Fees. The limit does not apply to personal injury, fraud or wilful misconduct.

7.2 Neither party is liable for loss of profit or indirect loss.

## 8. Subcontractors

8.1 Provider shall not subcontract the service or any part of it without Customer's prior written consent, except for its hosting provider, Alibaba Cloud Computing Co., Ltd., which Customer approves by signing this Order Form. Provider is responsible for all subcontractors.

## 9. Term, Renewal and Termination

9.1 The agreement runs for the Subscription Term and then ends. It does not renew automatically. Any further subscription requires a new Order Form signed by both parties.

9.2 Either party may terminate the agreement by written notice if the other party commits a material breach and does not cure it within 30 days after written notice. If Customer terminates under this clause, Provider shall refund prepaid fees for the period after termination.

9.3 Provider may suspend the service if an undisputed invoice is unpaid for more than 45 days after a written reminder.

## 10. Governing Law and Disputes

10.1 At Customer's request, the Order Form and these General Terms are governed by the laws of the People's Republic of China.

10.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Shanghai under its rules in force at that time. The arbitration shall be conducted in English.

## 11. General

11.1 Neither party is liable for delay caused by events beyond its reasonable control.

11.2 Changes must be in writing and signed by both parties. Neither party may assign the agreement without the other's written consent.

11.3 Notices must be sent in writing to the addresses in the Order Form, by courier or by e-mail with confirmation of receipt. Operational notices, such as maintenance announcements, may be given through the service portal.

11.4 The Order Form and these General Terms are the entire agreement between the parties on their subject and replace any earlier proposals. Any terms printed on Customer's purchase orders do not apply.

11.5 The Order Form and these General Terms are signed in English. A Chinese translation may be prepared for Customer's internal use; if they differ, the English text prevails.
"""

E03 = """T:SUPPLY AND INSTALLATION CONTRACT - COLD STORE MONITORING SYSTEM
P:Contract No. QD-LX-CS-2027-009
P:Buyer: Qingdao Lanxin Fruit and Vegetable Cold Storage Co., Ltd., Jimo District, Qingdao, Shandong, People's Republic of China ("Buyer")
P:Supplier: Kalahari Sensing Systems (Pty) Ltd, Plot 50369, Gaborone International Finance Park, Gaborone, Botswana ("Supplier")
P:The Buyer operates a cold store of 18 chambers for apples, pears and grapes. The Buyer has selected the Supplier, after competitive quotation, to supply and install a wireless temperature, humidity and door monitoring system with monitoring software for the whole site. This contract is on the Buyer's standard form. All prices are in Chinese Renminbi (CNY).
H:Section 1 Scope
P:1.1 The Supplier shall supply, install, calibrate and commission the equipment and software listed in Section 2, configure alarm rules for each chamber, connect the system to the Buyer's refrigeration control panel by dry-contact alarm outputs, and train the Buyer's staff.
P:1.2 The equipment shall be new, of the models stated in the Supplier's quotation, suitable for operation at -5 to +10 degrees Celsius and relative humidity up to 98%, and delivered with certificates of origin, calibration certificates and manuals in Chinese or English.
P:1.3 The Supplier shall install the system while the cold store remains in operation, following the Buyer's instructions on chamber access, door-opening time and food safety.
P:1.4 Within 15 days after signature, the Supplier shall carry out a radio survey of all chambers and submit a layout plan showing the position of every sensor and gateway. The Buyer shall approve or comment on the plan within 5 working days. Approval of the plan does not relieve the Supplier of its responsibility for coverage.
P:1.5 The Buyer shall provide power at each gateway position, a server room rack for the monitoring server, and an escort for the Supplier's staff inside the chambers.
H:Section 2 Contract Price
P:2.1 The contract price is CNY 584,000, fixed, including taxes, duties, freight to site, insurance and all of the Supplier's costs. It is made up as follows:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, calibrated|240|1,150|276,000
TB:2|LoRa gateway with 4G backup|16|6,800|108,800
TB:3|Door-open sensor|60|420|25,200
TB:4|ColdWatch monitoring software, perpetual licence (site)|1|96,000|96,000
TB:|Hardware and licence subtotal|||506,000
TB:5|Installation, cabling and commissioning|1|48,000|48,000
TB:6|Third-party calibration of reference sensors|1|22,000|22,000
TB:7|Training (two sessions)|1|8,000|8,000
TB:|Contract price|||584,000
P:2.2 The Buyer shall make no advance payment.
H:Section 3 Payment
P:3.1 The Buyer shall pay 65% of the contract price within 30 days after all equipment has been delivered and installed and the Buyer has signed the installation record. Signing the installation record is not acceptance.
P:3.2 The Buyer shall pay the remaining 35% of the contract price within 30 days after Final Acceptance under Section 5.
P:3.3 Each payment requires a valid Chinese VAT invoice, issued through the Supplier's appointed import agent in Qingdao.
H:Section 4 Delivery
P:4.1 The Supplier shall deliver all equipment to the site within 60 days after signature and complete installation within 25 days after delivery.
P:4.2 If the Supplier is late in delivery or installation for reasons within its control, it shall pay delay damages of 0.1% of the contract price for each day of delay, up to 10% of the contract price. The Buyer may deduct the damages from any payment.
H:Section 5 Acceptance
P:5.1 After commissioning, the system shall run for 21 consecutive days. Final Acceptance requires that: every sensor reports to the software at intervals of 5 minutes or less with no gap longer than 30 minutes; readings of each sensor differ from a calibrated reference probe by no more than 0.3 degrees Celsius and 3% relative humidity; every alarm rule is triggered in a test and reaches the duty phone by SMS and app within 60 seconds; and the dry-contact outputs switch the refrigeration panel alarm.
P:5.2 When the criteria are met, the Buyer shall sign a Final Acceptance certificate within 7 working days or state its reasons for refusal in writing. Installation, use of the system or any payment does not constitute acceptance.
H:Section 6 Warranty
P:6.1 The Supplier warrants the equipment and software for 36 months from Final Acceptance. During this period the Supplier shall repair or replace defective equipment free of charge, including parts, labour and freight, and provide software updates free of charge.
P:6.2 Batteries of the wireless sensors are covered by the warranty if they fail within the warranty period under normal use.
P:6.3 After the warranty period, the Supplier shall offer annual support at 7% of the hardware and licence subtotal, that is CNY 35,420 per year, fixed for three years after the warranty. Support after warranty is ordered by a separate purchase order each year and does not renew automatically.
H:Section 7 Fault Response
P:7.1 Fault levels and response times during warranty and paid support:
TB:Level|Definition|Response|Restoration
TB:Severity 1|Monitoring of one or more chambers lost, or alarms not delivered|30 minutes (remote)|8 hours
TB:Severity 2|Individual sensors or one gateway faulty|2 hours|2 working days
TB:Severity 3|Reports, display or other minor issues|1 working day|10 working days
P:7.2 For each hour by which the Supplier misses a Severity 1 response or restoration time, the Supplier shall pay the Buyer CNY 300, which the Buyer may deduct from any amount due.
P:7.3 The Supplier shall keep a stock of spare sensors and one spare gateway at the site throughout the warranty.
P:7.4 The Supplier shall recalibrate a sample of 10% of the sensors every six months during the warranty, replace any sensor outside the accuracy stated in Section 5.1, and give the Buyer a calibration report after each round.
H:Section 8 Intellectual Property
P:8.1 The alarm configurations, dashboards, reports and interface settings created for the Buyer belong to the Buyer, which may use, modify and license them freely. The Supplier shall hand them over in editable form at Final Acceptance.
P:8.2 The monitoring software and the firmware of the equipment remain the property of their owners and are licensed to the Buyer perpetually for the site.
H:Section 9 Data Security
P:9.1 All temperature, humidity, door and alarm data and all site information belong to the Buyer. The Supplier may use them only to perform this contract.
P:9.2 The software shall be installed on the Buyer's server. The Supplier may access it remotely only with the Buyer's approval for each session, through an encrypted connection and a personal account. The Supplier shall not copy the Buyer's data outside the site and shall comply with the data security laws of the People's Republic of China.
P:9.3 The Supplier shall report any data leak or unauthorised access within 12 hours, help the Buyer contain it, and compensate the Buyer for losses caused by the Supplier's breach of this Section.
H:Section 10 Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public information received under this contract, including the Buyer's site layout, customers and stock levels, and shall not disclose it to any third party without prior written consent. This obligation continues for three years after the contract ends.
H:Section 11 Liability
P:11.1 The Supplier's total liability under this contract is limited to 200% of the contract price, except for personal injury, wilful misconduct and breach of Sections 9 and 10, which are not limited.
H:Section 12 Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Buyer approves in advance Qingdao Haiyi Electrical Installation Co., Ltd. for cabling, and the Supplier remains responsible for its work.
H:Section 13 Termination
P:13.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the delay damages under Section 4.2 reach their maximum.
P:13.2 On termination the Supplier shall refund payments for equipment or work not accepted, and the Buyer may return equipment already delivered at the Supplier's cost.
H:Section 14 Governing Law and Disputes
P:14.1 This contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.
H:Section 15 General
P:15.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and does its best to limit the effects.
P:15.2 The Supplier is responsible for export and import formalities, customs clearance, radio type approval of the equipment in China and all related costs. Title and risk in the equipment pass to the Buyer on delivery to the site.
P:15.3 This contract is signed in English and Chinese, two originals in each language. Both texts are equally valid.
P:Annex 1: Equipment list and chamber allocation. Annex 2: Acceptance test plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement reference:** ZMS-WH-2027-02

**Provider:** Zambezi Managed Services (Private) Limited, 42 Enterprise Road, Highlands, Harare, Zimbabwe

**Customer:** Wuhan Jiayuan Supermarket Chain Co., Ltd., Jianghan District, Wuhan, Hubei, People's Republic of China

**Date:** 18 June 2027

## Background

The Customer runs 60 neighbourhood supermarkets in Wuhan with about 900 point-of-sale terminals, office computers and store servers. The Customer wants one provider to run its IT service desk, manage its endpoints and store servers, and monitor its store network. The Provider offers these services remotely from Harare and through a field engineering team in Wuhan. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Term" means the period from 1 September 2027 to 31 August 2029.

1.3 "Transition" means the handover of the services from the Customer's internal IT team to the Provider, described in Schedule 3.

1.4 "Customer Data" means all data of the Customer, its staff and its shoppers that the Provider accesses or processes in providing the Services.

## 2. Services

2.1 The Provider shall provide the Services from the start of the Service Term in accordance with this Agreement and the service levels in Schedule 2.

2.2 The Provider shall provide a Chinese-speaking service desk and keep a field team of at least four engineers in Wuhan.

2.3 The Customer shall give the Provider remote access through its VPN and reasonable access to its stores outside peak trading hours.

2.4 The Provider shall keep the configuration database accurate, report monthly on incidents, service levels, patch status and hardware nearing the end of its life, and meet the Customer's IT manager each month to review the report.

2.5 The Provider shall propose improvements that reduce recurring incidents. Changes to the Customer's systems are made only through the change procedure agreed in the runbooks, and no change may be made in stores between 10:00 and 21:00 without the Customer's approval.

2.6 The Customer remains responsible for buying hardware, software licences and carrier lines. The Provider shall advise on purchases when asked and shall not charge commission from vendors.

2.7 The Provider shall staff the service with qualified personnel, give the Customer the names of its team leaders and field engineers, and replace any engineer whom the Customer reasonably asks to be removed from its premises. Field engineers shall wear identification badges and follow store rules on cash areas, food hygiene and customer safety.

2.8 The Provider shall carry out a disaster recovery test of the head-office servers twice during each Service Year and report the result to the Customer.

## 3. Charges and Payment

3.1 The charges are set out in Schedule 4. At the Customer's request all charges are stated and paid in Chinese Renminbi (CNY).

3.2 The monthly service charge is invoiced monthly in arrears. The Transition charge is invoiced after the Customer signs the Transition acceptance certificate. No amount is payable before the Service Term starts.

3.3 The Customer shall pay each correct invoice within 30 days. The Provider issues Chinese VAT invoices through its Wuhan agent.

## 4. Transition and Acceptance

4.1 The Provider shall complete the Transition by 31 August 2027.

4.2 Transition acceptance criteria: all 60 stores, 900 terminals and 75 servers are recorded in the Provider's configuration database and visible in its monitoring tools; the service desk has handled test tickets from ten stores in Chinese; patching and backup jobs have run successfully for 14 days; and the runbooks in Schedule 3 are approved by the Customer. When the criteria are met the Customer signs a Transition acceptance certificate.

4.3 If the Transition is not completed by the date in clause 4.1 for reasons within the Provider's control, the Provider shall pay CNY 1,000 for each day of delay, up to CNY 30,000.

## 5. Service Levels and Service Credits

5.1 The Provider shall meet the service levels in Schedule 2 and report on them monthly.

5.2 If the Provider misses a service level, the service credits in Schedule 2 apply. Credits are deducted from the next invoice.

## 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider shall use it only to provide the Services and shall not use it in aggregated, anonymised or any other form for its own purposes.

6.2 The Provider shall keep Customer Data in China, access it only through the Customer's VPN with personal accounts and multi-factor authentication, log all administrative access, and never store Customer Data on its systems in Zimbabwe. The Provider shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China.

6.3 The Provider shall notify the Customer within 6 hours of discovering any security incident affecting Customer Data, help contain and investigate it, and is liable for losses, regulatory penalties and notification costs caused by its breach of this clause.

## 7. Intellectual Property

7.1 Scripts, runbooks, reports and configuration baselines that the Provider creates for the Customer under this Agreement belong to the Customer, which may use and modify them freely.

7.2 The Provider's monitoring and ticketing tools remain the Provider's property.

## 8. Subcontracting

8.1 The Provider may subcontract field engineering, hardware repair and out-of-hours service desk work to subcontractors of its choice by giving the Customer written notice of each subcontractor. The Provider remains responsible for its subcontractors.

## 9. Liability

9.1 The Provider's total liability under this Agreement is limited to 150% of the total charges in Schedule 4. The limit does not apply to personal injury, wilful misconduct or breach of clause 6.

## 10. Term and Termination

10.1 This Agreement starts on signature and ends at the end of the Service Term. It does not renew automatically; any extension requires a written amendment signed by both parties.

10.2 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 20 days after notice, or if service credits reach their monthly maximum in three consecutive months.

10.3 On expiry or termination the Provider shall hand over all documentation, credentials and Customer Data to the Customer or its new provider and give reasonable exit assistance for up to 60 days at the rates in Schedule 4.

10.4 The Provider may terminate this Agreement if an undisputed invoice remains unpaid for more than 60 days after a written reminder.

## 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan.

## 12. General

12.1 Neither party is liable for failure caused by events beyond its reasonable control.

12.2 Amendments must be in writing and signed by both parties.

12.3 Notices must be in writing and sent to the addresses above by courier or e-mail. Operational messages may be given through the ticketing system.

12.4 Neither party may assign this Agreement without the other party's written consent.

Signed for the Provider: ____________________ Signed for the Customer: ____________________

## Schedule 1 - Services

| Service | Scope |
|---|---|
| Service desk | Chinese-language telephone and portal, 07:00-23:00 every day, for store and office staff |
| Endpoint management | 900 POS terminals and office PCs: patching, antivirus, software deployment, asset records |
| Server management | 75 store and head-office servers: monitoring, backup, patching, capacity reports |
| Network monitoring | Store routers, switches and Wi-Fi: 24x7 monitoring, carrier fault handling |
| Field engineering | On-site repair and replacement at stores and head office in Wuhan |

## Schedule 2 - Service Levels and Credits

| Priority | Definition | Response | Restoration | Credit per missed incident (CNY) |
|---|---|---|---|---|
| P1 | Store cannot trade (all tills down) or head-office server outage | 15 minutes | 3 hours | 2,000 |
| P2 | Several tills down or a key function impaired | 30 minutes | 8 hours | 800 |
| P3 | Single device or user issue | 2 hours | 2 business days | 200 |

Total credits in a month are limited to 20% of that month's service charge.

## Schedule 3 - Transition

| Step | Deliverable | Date |
|---|---|---|
| Discovery | Inventory of stores, devices and servers | 15 July 2027 |
| Tooling | Monitoring and patch agents installed | 5 August 2027 |
| Runbooks | Runbooks approved by the Customer | 20 August 2027 |
| Parallel run | 14 days of joint operation | 31 August 2027 |

## Schedule 4 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Monthly service charge | 24 months x CNY 46,000 | 1,104,000 |
| Transition (one-time) | fixed price | 58,000 |
| Total charges | | 1,162,000 |
| Exit assistance (if requested) | per engineer day, not included in the total | 2,200 |
"""

E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. IOD-XM-2027-031

PARTIES

Indian Ocean Data Services Ltd, a company incorporated in the Republic of Mauritius with its registered office at Level 6, Cybercity Tower 1, Ebene, Mauritius ("Provider").

Xiamen Haitong Cross-Border E-Commerce Co., Ltd., a company incorporated in the People's Republic of China with its office in Huli District, Xiamen, Fujian ("Customer").

BACKGROUND

The Customer sells household goods online to consumers in Africa and the Middle East and ships about 40,000 parcels a month. The Provider operates the AddressIQ data API, which validates and standardises delivery addresses and returns geocodes and courier coverage data for 54 countries. The Customer wishes to call the API from its order management system at checkout and before dispatch.

1. DEFINITIONS

1.1 "API" means the Provider's AddressIQ application programming interface, its documentation and the data it returns.

1.2 "Subscription Term" means the period from 1 August 2027 to 31 July 2029, made up of two Subscription Years.

1.3 "Included Calls" means 1,500,000 API calls per Subscription Year.

1.4 "Customer Data" means the addresses, order references and other data that the Customer submits to the API, and the logs of its calls.

1.5 "Production Readiness" means the Customer's order management system calling the API in production, as confirmed under clause 4.

2. SUBSCRIPTION

2.1 The Provider grants the Customer a non-exclusive, non-transferable right during the Subscription Term to call the API and to use the returned data in its own business, including storing it in its order and customer records.

2.2 The Provider shall give the Customer a sandbox environment, two production API keys and access to technical support by e-mail and telephone.

2.3 The Customer shall not resell the API or the returned data as a separate data product, shall keep its API keys secret, and shall not send more than 200 calls per second without agreeing this with the Provider in advance.

2.4 The Provider shall tell the Customer at least 90 days in advance of any change that is not backward compatible, and shall keep the previous API version running during that period.

2.5 The Provider shall give the Customer a monthly usage report showing the number of calls, the share of addresses validated and the average response time by country.

2.6 The Provider shall keep the reference data behind the API current, update postal code and courier coverage tables at least once a month, and tell the Customer when coverage for any country it uses is reduced.

2.7 The Customer is responsible for the way it uses the returned data in its own systems and for obtaining any consent from its shoppers that the law of their country requires for the processing of their addresses.

3. FEES AND PAYMENT

3.1 At the Customer's request all fees are stated and paid in Chinese Renminbi (CNY):

Subscription Fee, Subscription Year 1 (1 August 2027 - 31 July 2028): CNY 168,000
Subscription Fee, Subscription Year 2 (1 August 2028 - 31 July 2029): CNY 168,000
Integration onboarding (one-time): CNY 24,000
Total fees: CNY 360,000

3.2 Calls above the Included Calls in a Subscription Year are charged at CNY 0.09 per call and invoiced quarterly in arrears. Such usage charges are not part of the total fees.

3.3 The Subscription Fee is invoiced quarterly in advance in equal instalments, starting on the first day of the Subscription Term. The onboarding fee is invoiced after Production Readiness is confirmed. The Customer pays each invoice within 30 days after receipt.

4. ONBOARDING AND PRODUCTION READINESS

4.1 The Provider shall help the Customer integrate the API with its order management system: mapping of address formats for the 54 countries, an adapter for the Customer's checkout page, test scripts and training for four developers.

4.2 Production Readiness criteria: the adapter passes the agreed test set of 2,000 sample addresses with at least 1,940 of the 2,000 sample addresses correctly standardised; average response time in production is below 400 milliseconds for 7 consecutive days; and no error affects more than 0.5% of calls on any day. When the criteria are met the Customer confirms Production Readiness in writing.

4.3 The Provider shall complete its onboarding work so that Production Readiness can be confirmed by 31 July 2027. If it fails to do so for reasons within its control, the Provider shall pay the Customer CNY 60 for each day of delay.

5. SERVICE LEVELS

5.1 The Provider aims to keep the production API available 99.95% of each calendar month, excluding announced maintenance.

5.2 Severity 1 incidents (the production API is unavailable or returns errors for more than 5% of calls) receive a response within 1 hour at any time. Severity 2 incidents receive a response within 6 business hours. Severity 3 incidents receive a response within 3 business days.

5.3 The service levels in this clause are targets. The Provider will use reasonable efforts to restore service quickly, but no service credits, fee reductions or other compensation apply if a service level is missed.

6. CUSTOMER DATA AND DATA SECURITY

6.1 Customer Data belongs to the Customer. The Provider uses Customer Data only to process the Customer's API calls and to provide support, and does not use it to improve its databases or for any other purpose.

6.2 The Provider shall encrypt Customer Data in transit and at rest, restrict access to named staff, delete call logs containing addresses after 90 days, and process Customer Data only in data centres that meet ISO 27001. The Provider shall help the Customer comply with Chinese rules on cross-border transfer of personal information and shall sign any standard contract those rules require.

6.3 The Provider shall notify the Customer within 24 hours of any personal data breach affecting Customer Data, cooperate in the response, and is responsible for losses, fines and costs caused by its failure to comply with this clause.

7. INTELLECTUAL PROPERTY

7.1 The API, its databases and its documentation remain the property of the Provider and its licensors.

7.2 The checkout adapter, mappings and test scripts that the Provider writes for the Customer belong to the Customer, which may use, modify and license them freely. The Provider shall deliver their source code when Production Readiness is confirmed.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information, including the Customer's order volumes and the terms of this Agreement, use it only for this Agreement and not disclose it to third parties without prior written consent. This obligation continues for three years after this Agreement ends.

9. RENEWAL

9.1 At the end of the Subscription Term this Agreement renews automatically for further Subscription Years, one at a time, unless either party gives notice of non-renewal at least 60 days before the end of the current term.

9.2 The Provider may increase the Subscription Fee for each renewal Subscription Year by up to 9% by giving the Customer notice at least 30 days before the renewal date.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to 150% of the total fees in clause 3.1. The limit does not apply to fraud, wilful misconduct or breach of clause 6.

10.2 The Provider does not guarantee that every address returned by the API is deliverable, but shall correct systematic errors reported by the Customer within 10 business days after a report with examples.

10.3 Neither party is liable for loss of profit, loss of business or indirect loss, except in the cases excluded from the limit in clause 10.1.

11. SUBCONTRACTING

11.1 The Provider shall not subcontract the processing of Customer Data or its support services without the Customer's prior written consent, and is responsible for any approved subcontractor.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

12.2 If the Customer terminates under clause 12.1, the Provider shall refund any prepaid Subscription Fee for the period after termination.

13. GOVERNING LAW AND DISPUTES

13.1 At the Customer's request, this Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing, in English.

14. GENERAL

14.1 Neither party is liable for delay caused by events beyond its reasonable control.

14.2 Notices must be in writing and sent by courier or e-mail to the addresses above.

14.3 Neither party may assign this Agreement without the other party's written consent, except to a company in the same group that takes over the business concerned.

14.4 This Agreement is the entire agreement of the parties on its subject. Changes must be in writing and signed by both parties.

SIGNATURES

For Indian Ocean Data Services Ltd: ____________________ Date: 2 July 2027

For Xiamen Haitong Cross-Border E-Commerce Co., Ltd.: ____________________ Date: 2 July 2027
"""


# ---------------------------------------------------------------- labels (my own reading, buyer's view)
def T(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, war, pwf, auto, term, sub, law, kind):
    return {"availability_pct": avail, "p1_response_hours": p1, "sla_remedy": remedy, "ip_owner": ip,
            "data_security_clause": dsec, "buyer_owns_data": owns, "confidentiality": conf,
            "ld_rate_per_day_pct": ld, "liability_cap_pct": cap, "prepayment_pct": pre, "acceptance_clause": acc,
            "final_payment_on_acceptance": final, "warranty_months": war, "post_warranty_fee_pct": pwf,
            "auto_renewal_price_increase": auto, "termination_for_breach": term,
            "subcontract_without_consent": sub, "governing_law": law, "contract_kind": kind}


def X(sla, ld_stated, capped, deemed, value):
    d = {"sla_clause": sla, "ld_stated": ld_stated}
    if capped is not None:
        d["post_warranty_fee_capped"] = capped
    d["acceptance_deemed_on_delivery"] = deemed
    d["contract_value"] = value
    return d


# price sums (asserted)
assert 860000 + 520000 + 86000 + 24000 == 1490000
assert 386000 + 212000 + 168000 + 94000 == 860000 and 860000 + 126000 + 88000 + 16000 == 1090000
assert 15 * 26000 == 390000 and 2 * 390000 + 96000 + 48000 == 924000
assert 384000 + 96000 + 58000 + 48000 == 586000
assert 420000 + 60000 == 480000 and 480000 + 168000 + 52000 == 700000 and round(480000 * 0.26) == 124800
assert 620000 + 90000 == 710000 and 710000 + 236000 + 44000 + 30000 == 1020000 and round(710000 * 0.11) == 78100
assert 2 * 288000 + 36000 == 612000 and 8 * 72000 == 2 * 288000
assert 240 * 1150 == 276000 and 16 * 6800 == 108800 and 60 * 420 == 25200
assert 276000 + 108800 + 25200 + 96000 == 506000 and 506000 + 48000 + 22000 + 8000 == 584000
assert round(506000 * 0.07) == 35420
assert 24 * 46000 == 1104000 and 1104000 + 58000 == 1162000
assert 2 * 168000 + 24000 == 360000

DOCS = {
 "h421z01": dict(file="h421z01_veterans_employment_platform_licence.pdf", language="zh", category="software",
   terms=T(99.5, 0.5, True, "buyer", True, True, True, 0.03, None, 20, True, True, 24, 8, False, True, False, "PRC", "goods_or_licence"),
   extra=X(True, True, True, False, 1490000), fee_base=860000,
   design=["CR-LD-LOW", "CR-SLA-AVAILABILITY"]),
 "h421z02": dict(file="h421z02_flour_mill_control_system_retrofit.docx", language="zh", category="hardware",
   terms=T(None, 8, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 6, False, False, True, "PRC", "goods_or_licence"),
   extra=X(True, True, True, False, 1090000), fee_base=860000,
   design=["CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-TERMINATION"]),
 "h421z03": dict(file="h421z03_community_group_buying_warehouse_saas.txt", language="zh", category="cloud",
   terms=T(99.95, 0.25, False, "buyer", True, False, True, 0.1, 150, None, True, None, None, None, True, True, False, "PRC", "service"),
   extra=X(True, True, None, False, 924000), fee_base=None,
   design=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-NO-REMEDY"]),
 "h421z04": dict(file="h421z04_housing_bureau_market_supervision_om.txt", language="zh", category="services",
   terms=T(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True, False, "PRC", "service"),
   extra=X(True, True, None, False, 586000), fee_base=None,
   design=[]),
 "h421z05": dict(file="h421z05_twist_snack_factory_eam_supplier_template.md", language="zh", category="software",
   terms=T(None, None, False, "supplier", True, True, True, None, 20, 58, False, False, 6, 26, False, True, None, None, "goods_or_licence"),
   extra=X(False, False, True, True, 700000), fee_base=480000,
   design=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
           "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
 "h421e01": dict(file="h421e01_cold_chain_wms_licence_south_africa_vendor.pdf", language="en", category="software",
   terms=T(None, 1, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 18, 11, False, True, False, "South Africa", "goods_or_licence"),
   extra=X(True, True, True, False, 1020000), fee_base=710000,
   design=["CR-GOVERNING-LAW"]),
 "h421e02": dict(file="h421e02_restaurant_scheduling_saas_order_form_zambia.md", language="en", category="cloud",
   terms=T(99.7, 1, True, "buyer", False, True, True, 600 / 612000 * 100, 150, None, True, None, None, None, False, True, False, "PRC", "service"),
   extra=X(True, True, None, False, 612000), fee_base=None,
   design=["CR-DATA-SECURITY", "CR-SLA-AVAILABILITY"]),
 "h421e03": dict(file="h421e03_cold_store_sensors_botswana_supplier.docx", language="en", category="hardware",
   terms=T(None, 0.5, True, "buyer", True, True, True, 0.1, 200, None, True, True, 36, 7, False, True, False, "PRC", "goods_or_licence"),
   extra=X(True, True, True, False, 584000), fee_base=506000,
   design=[]),
 "h421e04": dict(file="h421e04_supermarket_managed_it_service_zimbabwe.md", language="en", category="services",
   terms=T(None, 0.25, True, "buyer", True, True, False, 1000 / 1162000 * 100, 150, None, True, None, None, None, False, True, True, "PRC", "service"),
   extra=X(True, True, None, False, 1162000), fee_base=None,
   design=["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"]),
 "h421e05": dict(file="h421e05_address_data_api_subscription_mauritius.txt", language="en", category="cloud",
   terms=T(99.95, 1, False, "buyer", True, True, True, 60 / 360000 * 100, 150, None, True, None, None, None, True, True, False, "PRC", "service"),
   extra=X(True, True, None, False, 360000), fee_base=None,
   design=["CR-AUTO-RENEWAL", "CR-LD-LOW", "CR-SLA-NO-REMEDY"]),
}
SRC = {"h421z01": Z01, "h421z02": Z02, "h421z03": Z03, "h421z04": Z04, "h421z05": Z05,
       "h421e01": E01, "h421e02": E02, "h421e03": E03, "h421e04": E04, "h421e05": E05}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco(d):
    """policy §4: horizon 5 years from acceptance; purchase + implementation = contract value; post-warranty fee on
    the itemised licence / hardware subtotal for every year after the warranty (partial year pro rata)."""
    t, x = d["terms"], d["extra"]
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    pw = years * d["fee_base"] * t["post_warranty_fee_pct"] / 100
    total = x["contract_value"] + pw
    return total, pw, pw / total * 100


def my_rules(d):
    """My own reading of policy.md §3 applied to the labels."""
    t, x, r = d["terms"], d["extra"], set()
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
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped") or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        c = tco(d)
        if c and c[2] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if t["termination_for_breach"] is False:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- thresholds
THRESH = {  # label key -> threshold value that no label may equal
    "availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
    "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
N = r"(?<![\d.,])"
PATTERNS = [
    N + r"99\.90*(?!\d)", r"九十九点九(?![一二三四五六七八九])",
    N + r"4\s*(?:个\s*)?(?:小时|钟头|hours?\b|hrs?\b|h\b|-hour)", r"(?<![十二])四\s*个?\s*小时", r"\bfour[\s-]*hours?",
    N + r"240\s*(?:分钟|minutes?|mins?)", r"二百四十分钟",
    N + r"0?\.050*(?!\d)\s*%", r"万分之五(?![十百千\d])", r"千分之零点五", r"point\s*zero\s*five",
    N + r"100(?:\.0+)?\s*(?:%|per\s*cent|percent)", r"百分之一?百(?![分\d])", r"one\s*hundred\s*per\s*cent",
    N + r"30(?:\.0+)?\s*(?:%|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九点])", r"三成", r"thirty\s*per\s*cent",
    N + r"12\s*(?:个\s*月|months?\b|-month)", r"十二\s*个?\s*月", r"twelve[\s-]*months?", r"一\s*年(?!度)",
    N + r"1\s*(?:年(?!度)|years?\b|-year)", r"\bone[\s-]*years?\b",
    N + r"15(?:\.0+)?\s*(?:%|per\s*cent|percent)", r"百分之十五(?![点\d])", r"fifteen\s*per\s*cent",
    N + r"40(?:\.0+)?\s*(?:%|per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九点])", r"四成", r"forty\s*per\s*cent",
    N + r"5\s*(?:年(?!度)|years?\b|-year)", r"五\s*年(?!度)", r"\bfive[\s-]*years?", N + r"60\s*(?:个\s*月|months?\b|-month)",
    r"六十\s*个?\s*月", r"sixty[\s-]*months?",
]
PAT = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "4 hours", "four hours", "240分钟", "0.05%", "0.05 %", "万分之五",
            "100%", "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月", "twelve months", "12 months", "一年",
            "one year", "15%", "百分之十五", "40%", "四成", "5年", "五年", "five years", "60 months", "4-hour", "1 year",
            "within 4 h", "100 per cent"]
MUST_MISS = ["24小时", "24 hours", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "Subscription Year",
             "14小时", "0.5%", "1,150", "2027年", "300%", "1.5 hours", "145%", "130%", "第一条", "2 Subscription Years"]


def hits(text):
    out = []
    for p in PAT:
        out += [m.group(0) for m in p.finditer(text)]
    return out


def self_test():
    for s in MUST_HIT:
        assert hits(s) and hits(re.sub(r"\s+", "", s)), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s) and not hits(re.sub(r"\s+", "", s)), ("must miss", s, hits(s))


def variants(text):
    return [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(path)
        lines = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                lines.append("\t".join(c.text for c in row.cells))
        return "\n".join(lines)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(text) if lang == "zh" else len(text.split())


def main():
    self_test()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    built = {}
    for key, d in DOCS.items():
        name = d["file"]
        if name.endswith((".docx", ".pdf")):
            built[key] = (name, "docx" if name.endswith(".docx") else "pdf")
        else:
            (OUT / name).write_text(SRC[key], encoding="utf-8")
    write({k: SRC[k] for k in built}, built, OUT, wrap_words=True)
    covered, bad = set(), []
    for key, d in DOCS.items():
        rules = my_rules(d)
        assert rules == sorted(d["design"]), (key, rules, d["design"])
        covered |= set(rules)
        for k, th in THRESH.items():
            assert d["terms"][k] != th, (key, k)
        c = tco(d)
        if c:
            assert abs(c[2] - 40) > 2, (key, c)
        label = {"file": d["file"], "language": d["language"], "category": d["category"],
                 "expected_terms": d["terms"], "expected_extra": d["extra"], "expected_rules": rules}
        (OUT / (Path(d["file"]).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                            encoding="utf-8")
        text = read_back(OUT / d["file"])
        n = length(text, d["language"])
        lo, hi = (2750, 3000) if d["language"] == "zh" else (1450, 1650)
        found = []
        for v in variants(text) + variants(SRC[key]):
            found += hits(v)
        print(f"{d['file']:58s} {d['language']} len={n:5d} risk={risk(rules):6s} "
              f"tco={'-' if not c else '%.0f/%.1f%%' % (c[0], c[2])} rules={','.join(r[3:] for r in rules) or '-'}")
        if not lo <= n <= hi:
            bad.append((key, "length", n))
        if found:
            bad.append((key, "threshold text", sorted(set(found))))
    missing = set(ALL_RULES) - covered
    assert not missing, missing
    compliant = [k for k, d in DOCS.items() if not my_rules(d)]
    assert len(compliant) == 2 and {DOCS[k]["language"] for k in compliant} == {"zh", "en"}
    assert len(my_rules(DOCS["h421z05"])) >= 8
    print("coverage: all 20 rules")
    assert not bad, bad


if __name__ == "__main__":
    main()
