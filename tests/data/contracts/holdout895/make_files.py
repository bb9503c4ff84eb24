"""holdout895: builds the ten blind held-out drafts from the sources below, writes their .json labels and asserts
the checks of the brief (lengths, thresholds, rule coverage). Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["z01"] = r"""T:时间银行志愿服务平台建设项目合同（草案）
P:合同编号：MZJ-ZFCG-2027-018　采购方式：公开招标（政府采购）
P:甲方（采购人）：青溪市民政局
P:乙方（供应商）：杭州邻里云信息技术有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例、本项目招标文件和乙方投标文件，甲乙双方经协商一致，订立本合同。本合同采用甲方合同文本，招标文件、投标文件及澄清材料为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供时间银行志愿服务平台软件许可（含管理端、志愿者移动端及街道社区工作台），许可为永久、不限用户数，部署于甲方政务云。
P:1.2 乙方按甲方需求完成定制开发：服务时长积分存取与通兑、志愿者画像与信用评价、"一老一小"需求派单、微信小程序及与市民政一体化平台、市统一身份认证的接口。
P:1.3 乙方负责平台部署、历史志愿服务记录迁移、系统联调及对甲方和各街道管理员的培训。
P:1.4 平台应支持全市十二个街道、一百六十个社区同时使用，满足志愿者注册、服务发布、时长记录、积分存取和兑换的全流程管理。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰贰拾捌万元整（¥1,280,000），为固定总价，包含完成本项目所需的全部费用及税费。
P:2.2 分项价格：平台软件许可费¥620,000；定制开发费¥540,000；实施部署及数据迁移费¥96,000；培训费¥24,000。
P:2.3 合同履行期间，除甲方书面变更需求外，合同价款不作调整。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款，计¥256,000。
P:3.2 系统完成部署、数据迁移并通过初步验收后，甲方支付合同总价的45%，计¥576,000。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，计¥448,000。
P:3.4 乙方每次收款前应开具合法有效的等额发票。甲方资金按财政国库集中支付程序办理。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后九十日内完成部署、定制开发及数据迁移，并提交初步验收申请。
P:4.3 乙方应组建不少于六人的项目团队，项目经理须为投标文件所列人员，未经甲方同意不得更换。乙方每两周向甲方书面报告项目进度、问题及风险。
P:4.4 甲方负责提供政务云资源、网络环境、接口联调所需的配合及历史数据的导出，并指定项目联系人。
H:第五条 验收
P:5.1 初步验收标准：（一）合同及需求规格说明书所列功能全部实现；（二）历史记录迁移完整，抽样核对无差错；（三）五百名用户并发时页面平均响应不超过2秒；（四）与市统一身份认证、民政一体化平台的接口连续七日运行正常。
P:5.2 初步验收通过后进入为期六十日的试运行，试运行期间无一级故障，且第三方等级保护测评无高风险问题的，甲方组织最终验收。
P:5.3 甲方应在收到验收申请后十个工作日内组织验收并出具书面意见。系统上线、甲方使用或付款均不视为验收合格。
P:5.4 最终验收时，乙方应提交全部交付文档及定制部分源代码，并协助甲方完成源代码的编译验证；源代码不能编译或与运行版本不一致的，不予通过最终验收。
H:第六条 质量保证与售后服务
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级与技术支持。
P:6.2 质保期满后，如甲方需要，乙方提供年度维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过¥55,800），质保期满后三年内不上调。
P:6.3 质保期内，乙方每季度对平台进行一次巡检并提交巡检报告，对发现的安全漏洞应在甲方规定期限内完成修复。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%（计划内维护且提前三日通知的除外）。
P:7.2 一级故障（平台整体不可用或积分数据错误）乙方应在30分钟内响应、2小时内恢复；二级故障2小时内响应、次日内解决；三级问题三个工作日内解决。
P:7.3 乙方每超时响应或恢复一小时，甲方从维护费或履约保证金中扣除¥500；月度可用率每低于承诺值0.01个百分点，扣除¥1,000。
P:7.4 乙方应设立7×24小时服务热线，并指定一名技术负责人作为甲方的固定联系人。每月向甲方提交服务报告，内容包括故障处理、可用率统计及优化建议。
H:第八条 知识产权
P:8.1 平台标准软件的知识产权归乙方，甲方依第一条获得永久使用许可。
P:8.2 定制开发成果（包括程序、源代码、接口、文档）的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再许可。
H:第九条 数据安全
P:9.1 平台中的志愿者个人信息、服务记录、积分数据均属甲方所有，乙方仅可为履行本合同使用，不得留存、复制或用于其他目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护三级要求，落实访问控制、加密存储和操作日志；远程运维须经甲方审批并通过堡垒机进行。
P:9.3 发生或可能发生数据泄露的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任及由此产生的行政处罚。
P:9.4 合同终止或履行完毕时，乙方应将掌握的全部数据及备份移交甲方，并在甲方监督下彻底删除，出具书面删除确认。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、未公开信息及系统口令负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后五年内持续有效。
P:10.2 乙方应要求其参与本项目的人员签署保密承诺书，并对其人员违反保密义务的行为承担责任。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:11.2 逾期超过六十日的，甲方有权解除合同，乙方退还已收款项并赔偿甲方损失。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:11.4 乙方交付的软件存在侵犯第三方知识产权情形的，由乙方负责处理并承担全部责任，甲方因此遭受的损失由乙方赔偿。
H:第十二条 分包
P:12.1 乙方不得将本项目的任何部分分包或转包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十五日内未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方可解除合同。
P:13.3 合同解除后，乙方应在十五日内移交已完成的工作成果、文档及数据，并配合甲方做好平台的平稳过渡。
H:第十四条 续约
P:14.1 年度维护服务由双方另行签订合同，不自动续期。
H:第十五条 争议解决
P:15.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十六条 履约保证金与通知
P:16.1 乙方应在合同签订前提交合同总价5%的履约保证金，最终验收合格后无息退还。
P:16.2 双方的通知应以书面形式送达本合同所载地址，一方变更联系方式的，应在三日内书面告知对方。
H:第十七条 其他
P:17.1 本合同未尽事宜，由双方另行签订补充协议，补充协议与本合同具有同等效力。
P:17.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：________　乙方（盖章）：________
P:日期：____年__月__日
"""

SRC["z02"] = r"""T:暖风机生产线控制系统改造合同
P:合同编号：NF-SB-2027-035
P:甲方（买方）：宁阳华暖电器制造有限公司
P:乙方（卖方）：常州迅控自动化工程有限公司
P:甲方为提升暖风机总装线、钣金线和喷涂线的自动化与质量追溯水平，委托乙方对上述三条生产线的控制系统实施改造。双方依据《中华人民共和国民法典》，经平等协商，订立本合同，共同遵守。
H:第一条 改造范围
P:1.1 乙方负责供应并安装PLC控制柜、触摸屏、变频器及各类传感器，替换原有继电器控制与老旧单片机控制器。
P:1.2 乙方提供产线监控与数据采集软件许可（永久许可，含三条产线全部站点），并开发工艺配方管理模块，实现不同型号暖风机的参数一键切换。
P:1.3 乙方负责拆除旧柜、安装接线、程序编写、单机与联动调试、试生产保障及操作人员培训。改造施工须安排在甲方指定的停线窗口内完成，不得影响甲方正常排产。
P:1.4 改造范围内的三条产线共计四十二个工位，压力、温度、流量及电流检测点共计三百一十六个，具体见改造技术方案。
H:第二条 合同价格
P:2.1 本合同总价为人民币壹佰贰拾玖万元整（¥1,290,000），含设备、软件、运输、安装、调试、培训及税费。分项价格如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含PLC、I/O模块、柜体）|6套|86,000|516,000
TB:2|触摸屏人机界面|14台|8,500|119,000
TB:3|变频器、温度及电流传感器|1批|233,000|233,000
TB:4|产线监控与数据采集软件许可|1套|196,000|196,000
TB:|软硬件小计|||1,064,000
TB:5|安装调试|1项|118,000|118,000
TB:6|工艺配方管理模块开发|1项|92,000|92,000
TB:7|操作及维护培训|1项|16,000|16,000
TB:|合计|||1,290,000
P:2.2 上述价格为固定价格，合同履行期间不因原材料或人工成本变化而调整。
P:2.3 合同履行过程中，甲方提出超出改造方案范围的变更，双方另行书面确认价格。
H:第三条 付款
P:3.1 合同生效后十日内，甲方支付合同总价的10%作为预付款，即¥129,000。
P:3.2 设备全部到货并完成安装、经甲方签收后，甲方支付合同总价的52%，即¥670,800。到货签收仅确认数量和外观，不视为验收。
P:3.3 系统通过最终验收后，甲方支付合同总价的38%，即¥490,200。
P:3.4 乙方在每次收款前应向甲方开具等额增值税专用发票，甲方收到合格发票后付款。
H:第四条 交货与工期
P:4.1 乙方应于合同生效后四十五日内将设备运至甲方厂区，并于甲方书面通知停线之日起二十日内完成三条产线的改造和联动调试。
P:4.2 乙方应提交设备清单、电气原理图、接线图、PLC程序及注释、软件安装介质、操作手册和维护手册。
P:4.3 乙方应在改造前提交详细施工方案及停线计划，经甲方书面确认后实施。停线期间乙方应安排不少于八名工程师现场作业，每日向甲方报告进度。
P:4.4 乙方拆除的旧控制柜、电缆等物料归甲方所有，乙方应按甲方要求分类堆放至指定地点。
H:第五条 验收
P:5.1 改造完成后进行连续七十二小时带负荷试生产。验收标准为：三条产线节拍达到改造方案规定值；配方切换时间不超过三分钟；关键工位数据在七十二小时内采集无缺失；电气安全检测合格；改造后首月一次交检合格率不低于改造前水平。
P:5.2 满足上述标准后，双方签署最终验收报告。设备安装、试生产或甲方使用均不等同于验收合格。
P:5.3 验收不合格的，乙方应在十日内整改并重新申请验收，由此产生的费用由乙方承担。
P:5.4 验收时乙方应提交全部PLC程序源文件、配方模块源代码及最终版图纸，并与现场运行版本一致。
H:第六条 质量保证与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备、软件的维修、更换及升级均由乙方免费负责。
P:6.2 质保期内，产线停机类故障（一级故障）乙方应在1小时内响应，8小时内到场处理；其他故障2小时内响应，二十四小时内到场。
P:6.3 乙方未按约定时限响应或到场的，每超时一小时，甲方可从质量保证金或应付款中扣除¥500。
P:6.4 质保期满后，乙方提供年度维保服务，包括定期巡检、备件更换、程序维护和软件升级，年度维保费按软硬件小计的27%计收，即每年¥287,280。该费用在质保期满后五年内保持不变，乙方不得单方上调。
P:6.5 质保期内，乙方每季度对三条产线控制系统进行一次预防性巡检，检查接线端子、散热及程序备份情况，并提交巡检报告。
P:6.6 乙方应保证质保期满后至少八年内供应所供设备的备品备件；设备停产的，应提前六个月书面通知甲方并提供兼容替代方案。
H:第七条 知识产权
P:7.1 监控与数据采集软件的著作权归原权利人，甲方获得永久使用许可。
P:7.2 为本项目编写的PLC程序、工艺配方管理模块及其源代码的知识产权归甲方所有，甲方可自行修改或委托他人维护。
P:7.3 乙方保证所供设备及软件不侵犯任何第三方的知识产权，因此引起的纠纷由乙方负责处理并承担全部责任。
H:第八条 数据安全
P:8.1 生产数据、工艺配方、质量记录均属甲方所有，乙方不得用于本合同以外的任何目的。
P:8.2 乙方远程维护须经甲方书面批准，通过甲方指定的加密通道进行，并保留操作日志；乙方不得在控制系统中预留后门或未经告知的远程访问功能。
P:8.3 因乙方原因导致数据泄露、篡改或控制系统遭受网络攻击的，乙方应在2小时内通知甲方，并赔偿由此造成的全部损失。
P:8.4 乙方人员进入甲方厂区应遵守甲方安全生产管理制度，不得擅自拍摄生产现场和工艺文件。
H:第九条 保密
P:9.1 乙方对甲方的产品图纸、工艺参数、生产计划及经营信息承担保密义务，未经甲方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。
P:9.2 乙方应要求其参与项目的人员遵守本条约定，并对其人员的泄密行为承担责任。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:10.2 因乙方原因造成甲方停产的，乙方还应赔偿甲方的直接损失。
P:10.3 甲方逾期付款的，每逾期一日按应付未付款项的万分之二支付违约金。
P:10.4 乙方提供的设备不符合合同约定的品牌、型号或技术参数的，甲方有权要求更换，由此延误的工期按本条第一款计算违约金。
H:第十一条 分包
P:11.1 乙方不得转包本合同。如需将电缆敷设等辅助工作分包，须事先取得甲方书面同意，乙方对分包部分承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，且在甲方书面通知后十日内未予纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:12.2 乙方逾期超过三十日的，甲方有权解除合同。
P:12.3 合同解除的，乙方应在十五日内退还甲方已支付但未获相应履行的款项，并移交已完成部分的程序与资料。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十四条 其他
P:14.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:14.2 附件：改造技术方案、设备清单、验收测试大纲。
P:14.3 双方往来通知以书面形式送达本合同载明的地址或电子邮箱。
P:甲方（盖章）：________　　乙方（盖章）：________
"""

SRC["z03"] = r"""门店预约及会员管理系统服务合同

合同编号：SD-IT-2027-006
甲方（客户）：上海启明速读教育科技有限公司
乙方（服务商）：苏州约课云网络科技有限公司

甲方在华东地区经营三十家速读培训门店，需统一的课程预约、会员储值与门店运营管理系统。乙方以软件即服务（SaaS）方式提供该系统并负责实施。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方三十家门店及总部开通门店预约及会员管理系统，功能包括课程排期、学员在线预约与签到、会员卡及储值管理、课消统计、教师课时结算、营销活动与小程序商城。
3. 乙方提供总部、门店两级权限管理，总部可查看全部门店的经营数据，门店仅可查看本店数据。
2. 系统部署于乙方租用的境内云服务器，乙方负责系统运行、升级、备份与安全防护。
（二）实施服务
1. 乙方负责三十家门店的系统配置、历史会员及储值余额数据迁移、小程序上线、与甲方财务系统的对账接口开发，以及店长、前台和教师的培训。
2. 实施应于合同生效后六十日内完成，并通过甲方上线验收。
3. 乙方应指派专职项目经理，负责实施计划制定、门店培训排期及问题跟踪，并每周向甲方提交实施周报。
（三）培训
乙方为每家门店提供一次现场培训，为总部提供两次集中培训，并提供操作视频和使用手册。

二、服务期限
（一）服务期为两个服务年度。第一服务年度自上线验收合格之日起算，第二服务年度紧随其后。
（二）服务期满本合同终止，不自动续约。甲方如需继续使用，双方另行协商并签订新合同。
（三）服务期内，乙方对系统的功能升级不另行收费；升级不得降低本合同约定的功能和服务水平，重大升级应提前七日通知甲方。

三、费用与支付
（一）费用构成
1. 订阅费：每家门店每服务年度¥6,800，三十家门店合计每服务年度¥204,000；总部管理端每服务年度¥36,000；订阅费合计每服务年度¥240,000，两个服务年度共¥480,000。
2. 实施费：一次性¥68,000。
3. 合同总金额：¥548,000（含税）。
（二）支付方式
1. 实施费在上线验收合格后十五个工作日内一次性支付。
2. 订阅费按季度支付，每季度结束后十个工作日内，甲方根据当季服务水平考核结果支付当季订阅费¥60,000（扣除应扣减的服务费抵扣额）。
3. 甲方不预付任何款项。
（三）门店数量调整：服务期内甲方新增或关闭门店的，按每店每服务年度¥6,800按月折算增减费用。
（四）服务期内订阅单价固定不变，乙方不得单方调整。
（五）乙方应在收款前开具合法有效的增值税发票。

四、上线验收
（一）验收标准：1. 三十家门店全部开通，预约、签到、课消、储值功能测试用例全部通过；2. 历史会员、课时余额及储值余额迁移后与甲方提供的清单逐条核对一致；3. 对账接口连续十日数据一致；4. 小程序在高峰时段支持三千名学员同时在线预约，页面响应不超过2秒。
（二）甲方应在收到验收申请后七个工作日内完成验收。未经书面验收，系统试用或部分门店先行使用均不视为验收合格。
（三）验收不通过的，乙方应在七日内完成整改并重新申请验收，整改期间计入逾期。

五、服务水平
（一）系统月度可用率不低于99.5%。可用率=（当月总分钟数-不可用分钟数）÷当月总分钟数。经甲方同意的计划维护不计入不可用时间。
（二）故障分级与响应：
1. 一级故障（全部或多家门店无法预约、签到或收款）：30分钟内响应，2小时内恢复；
2. 二级故障（单店或单一功能异常）：1小时内响应，八小时内解决；
3. 三级问题（咨询及优化建议）：一个工作日内答复。
（三）服务费抵扣：月度可用率低于承诺值的，每低0.1个百分点，抵扣当月订阅费的2%；一级故障超过恢复时限的，每超一小时抵扣¥300。单月抵扣总额以当月订阅费为限。
（四）乙方每月第五个工作日前向甲方提交上月服务报告，内容包括可用率统计、故障清单、处理时长及改进措施。双方每季度召开一次服务回顾会议。
（五）乙方提供工作日九时至二十一时的在线客服，门店可通过电话、企业微信及工单系统提交问题。
（六）乙方应在寒暑假招生高峰前完成扩容评估，确保系统承载能力满足甲方营销活动需要。

六、数据与数据安全
（一）会员信息、学员信息、预约记录、储值及交易数据均属于甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于其他用途，不得向第三方提供。
（二）乙方应落实网络安全等级保护二级要求，对学员手机号等个人信息加密存储，实行最小权限访问并保留操作日志不少于六个月；每日备份，备份保存三十日。
（三）发生数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方，配合甲方履行个人信息保护义务，并承担由此造成的全部损失。
（四）服务期满或合同解除后三十日内，乙方应将全部数据以通用格式交还甲方，并在甲方确认后彻底删除。
（五）乙方不得将甲方数据存储于境外，未经甲方书面同意不得向任何第三方开放接口访问权限。
（六）乙方应每年委托具备资质的机构进行一次渗透测试，并将测试结论及整改情况书面告知甲方。

七、保密
乙方对在服务过程中知悉的甲方经营数据、课程体系、定价策略等商业秘密承担保密义务，未经甲方书面同意不得披露。本条在合同终止后三年内有效。
乙方应与参与本项目的员工签订保密协议，并对其员工的泄密行为承担责任。

八、知识产权
（一）系统平台本身的知识产权归乙方。
（二）乙方为甲方定制的对账接口、专属报表与小程序页面设计，其知识产权归甲方所有，甲方可自行或委托第三方使用、修改。
（三）乙方保证系统不侵犯第三方知识产权，因此引起的纠纷由乙方承担全部责任。

九、服务外包
乙方可将短信通知、客服热线等辅助服务委托第三方服务商完成，但应提前书面通知甲方，并对第三方的行为承担责任。
第三方服务商的名称及服务内容，乙方应在通知中写明；更换第三方服务商的，亦以书面通知为准。

十、违约责任
（一）乙方未按期完成实施并通过上线验收的，每逾期一日，按合同总金额的万分之六向甲方支付违约金。
（二）乙方违反第六条造成数据泄露的，除赔偿损失外，甲方有权解除合同。
（三）甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
（四）乙方迁移的会员储值余额与甲方清单不一致导致甲方损失的，由乙方全额赔偿。

十一、合同解除
（一）一方严重违约，经守约方书面催告后十五日内仍未纠正的，守约方有权解除合同。
（二）连续两个月可用率低于98%的，甲方有权解除合同，并按已享受服务的期间结算费用。
（三）合同解除后，乙方应按第六条第（四）项交还数据，并提供不少于三十日的数据导出协助。

十二、争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交上海仲裁委员会仲裁。仲裁裁决是终局的，对双方均有约束力。

十三、其他
本合同附件包括系统功能清单、实施计划、数据迁移方案及服务水平考核表，附件与本合同具有同等效力。本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　乙方（盖章）：
签订日期：
"""

SRC["z04"] = r"""港口岸电计费与监控系统年度运维服务合同

项目编号：GWJ-CS-2027-011（竞争性磋商）
甲方（采购人）：临港市港务局
乙方（成交供应商）：宁波海岸智电运维服务有限公司

根据临港市港务局港口岸电计费与监控系统年度运维服务项目竞争性磋商文件、乙方响应文件及成交通知书，双方经协商一致，就该系统的年度运维服务订立本合同。

第一条 服务范围
（一）运维对象：港务局岸电计费与监控系统，包括十二个泊位的高压岸电箱、低压岸电桩通信单元、计费结算服务器、监控平台软件、数据库及与港口生产调度系统、电网营销系统的接口。
（二）服务内容：系统日常监控与巡检；故障处理与应急抢修；软件缺陷修复与配置变更；计费规则调整；数据库维护与备份；月度电量及计费对账；安全补丁更新；运维报告编制；对甲方值班人员的操作培训。
（三）驻场要求：乙方安排两名具备电工及系统运维资质的人员驻场，工作日八时至十八时在岗；夜间及节假日安排电话值守，并保证一级故障时工程师到场。
（四）备品备件管理：乙方建立备件台账，对常用通信模块、电源模块及计量表计保持合理库存，确保一级故障时可及时更换。
（五）技术支持：对甲方提出的计费规则调整、报表需求等，乙方应在五个工作日内完成评估并实施，不另行收费。
（六）乙方应建立运维知识库，记录故障现象、原因及处理方法，并在服务期满时一并移交甲方。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同终止，甲方将依法重新组织采购。
乙方应在服务期开始前完成人员进场准备，并在服务期结束前三十日向甲方提交年度运维总结及系统现状评估报告。

第三条 合同价款及支付
（一）本合同总价为人民币肆拾叁万陆仟元整（¥436,000），包含人员、工具、备品备件（单件价值两千元以下）、差旅及税费。单件价值两千元以上的备件由甲方另行采购。
（二）服务费按季度支付。每季度结束后，甲方根据当季考核结果，在十五个工作日内支付当季服务费¥109,000，扣除当季考核扣款。
（三）本合同不设预付款。
（四）乙方应在每次收款前开具合法有效的增值税专用发票。甲方资金按财政资金支付程序办理。

第四条 运维交接与考核
（一）乙方应在服务期开始后十日内完成与原运维单位的交接，交接验收标准为：设备及软件台账核对一致；全部账号及口令已移交并重置；历史故障记录和配置文档齐全；监控平台全部测点在线率达到交接前水平。双方签署交接验收单。
（二）甲方按季度对乙方考核，考核内容包括故障响应及恢复时效、巡检完成率、计费差错、报告质量及驻场人员出勤，考核结果书面通知乙方。
（三）季度考核得分低于八十分的，甲方有权约谈乙方负责人并要求限期整改；连续两个季度低于八十分的，甲方有权另行扣除当季服务费的10%。
（四）服务期满时，乙方应配合甲方或新的运维单位完成交接，交接期不少于十五日。

第五条 服务水平
（一）系统可用率：计费结算及监控平台按月统计的可用率不低于99.95%。
（二）故障响应：
1. 一级故障（计费中断、岸电无法送电或监控平台整体失效）：15分钟内响应，1小时内到场，3小时内恢复；
2. 二级故障（单个泊位或单项功能异常）：30分钟内响应，八小时内恢复；
3. 三级故障（不影响送电及计费的一般问题）：两个工作日内处理完毕。
（三）考核扣款：一级故障每超时一小时扣¥800，二级故障每超时一小时扣¥300；月可用率每低于承诺值0.01个百分点扣¥500；计费差错造成甲方损失的，由乙方全额赔偿。季度扣款总额以当季服务费为限。
（四）巡检：乙方每周对岸电箱通信状态巡检一次，每月对计费服务器和数据库进行一次健康检查，每季度开展一次应急演练，并分别提交记录。
（五）乙方应在每月五日前提交上月运维月报，内容包括故障统计、可用率、巡检记录、计费对账结果及改进建议。
（六）重大节假日、船舶集中靠泊及台风季节期间，乙方应增派人员值守，并提前制定保障方案报甲方审核。
（七）计量数据与电网营销系统数据每月核对，差异超过千分之二的，乙方应在三个工作日内查明原因并书面报告。

第六条 数据安全责任
（一）系统中的船舶用电数据、计费结算数据、客户信息和监控数据属于甲方所有，乙方仅为履行运维服务使用，不得复制、留存或用于其他任何目的。
（二）乙方应遵守《网络安全法》《数据安全法》及关键信息基础设施安全保护的有关规定；所有运维操作通过甲方堡垒机进行，禁止使用个人设备接入生产网络，禁止擅自开通远程访问。
（三）乙方应按日检查备份完整性，每月进行一次恢复测试。
（四）发生数据泄露、篡改或网络安全事件的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政责任。
（五）服务期满时，乙方应移交全部账号、口令、配置文件及运维记录，删除其持有的全部数据副本，并出具书面确认。

第七条 知识产权
乙方在服务期间为甲方编写的脚本、报表、配置文件及运维文档，其知识产权归甲方所有。
乙方使用自有工具软件的，应保证其合法授权，因此引起的知识产权纠纷由乙方负责。

第八条 人员管理
（一）驻场人员须经甲方审核，乙方不得擅自更换；确需更换的，应提前十日书面申请，并保证接替人员资质不低于原人员。
（二）乙方人员应遵守港区安全生产、高压电气作业及出入管理规定，发生安全事故的，由乙方承担责任。
（三）乙方应为驻场人员购买意外伤害保险，并定期组织安全培训。
（四）乙方应建立驻场人员考勤记录，每月随月报提交甲方核查。

第九条 分包
乙方不得将本合同服务分包或转包给任何第三方。乙方不得以劳务派遣等方式变相转包。

第十条 违约责任
（一）乙方未按第四条约定按时完成交接的，每逾期一日，按合同总价的千分之一支付违约金。
（二）乙方驻场人员缺勤的，每人每日扣¥600。
（三）甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
（四）因乙方运维过失导致岸电送电中断或计费错误，给甲方或船方造成损失的，乙方应予赔偿。

第十一条 合同的变更
（一）合同履行期间，任何一方不得单方变更或解除本合同。确需变更或解除的，由双方协商一致并签订书面协议。
（二）因泊位新增岸电设施需扩大运维范围的，双方可按原单价协商签订补充协议，补充金额不超过原合同金额的10%。

第十二条 不可抗力
因台风、风暴潮等不可抗力导致不能履行的，受影响方应及时通知对方，并在合理期限内提供证明，可相应免除责任。不可抗力消除后，乙方应立即恢复服务。

第十三条 争议解决
本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。诉讼期间，除争议事项外，双方应继续履行本合同其他条款。

第十四条 其他
（一）磋商文件、响应文件、成交通知书为本合同的组成部分。
（二）本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。
（三）本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。

甲方（盖章）：　　　　乙方（盖章）：
日期：
"""

SRC["z05"] = r"""# 匠作云 生产过程追溯软件 许可及定制开发合同（标准文本 V3.0）

合同编号：JZY-2027-0419

甲方（用户）：大理山野手作皂工作室

乙方（供应商）：昆明匠作云软件有限公司

本合同由乙方提供标准文本。甲方为记录手工皂从原料入库、皂化、入模、晾皂熟成到包装出库的全过程，向乙方采购生产过程追溯软件许可，并委托乙方进行定制开发。双方经友好协商，签订本合同。

甲方确认已充分阅读并理解本合同全部条款，特别是第四条至第七条及第九条的内容。

## 第一条 合同标的

1.1 乙方向甲方提供"匠作云生产过程追溯软件"标准版许可一套（永久许可，五个用户），部署于甲方自有电脑及乙方指定的云主机。

1.2 乙方根据甲方需求进行定制开发，内容包括：皂化批次追踪、晾皂熟成期提醒、配方成本核算、原料批号与成品批号关联、电商店铺订单对接、产品追溯二维码生成。

1.3 乙方负责软件部署、基础数据初始化及一次性操作培训（线上，不超过两天）。

1.4 定制开发的具体功能以双方确认的需求清单为准。需求清单确认后，甲方提出的新增或变更需求，乙方有权另行报价并顺延交付期。

1.5 甲方应自行准备符合乙方要求的电脑、网络环境、扫码枪及标签打印机，并指定一名熟悉生产流程的联系人配合需求调研。

1.6 本合同项下许可仅限甲方在其大理工作室使用，甲方新增生产场地的，应另行购买许可。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
| --- | --- | --- |
| 1 | 生产过程追溯软件标准版许可（五用户） | 86,000 |
| 2 | 定制开发（六项功能） | 74,000 |
| 3 | 部署及培训 | 8,000 |
| | 合计 | 168,000 |

合同总价为人民币壹拾陆万捌仟元整（¥168,000）。上述价格不含甲方自行购置的电脑、扫码枪及标签打印机。

报价有效期为报价之日起三十日。合同签订后，甲方增加用户数的，每增加一个用户按¥6,800收取许可费。

## 第三条 付款方式

3.1 本合同签订后三日内，甲方向乙方支付合同总价的65%，即¥109,200，乙方收款后启动项目。

3.2 乙方完成软件部署及定制功能交付后七日内，甲方支付剩余款项¥58,800。

3.3 甲方逾期付款的，乙方有权暂停服务，并按每日千分之一收取逾期付款违约金。

3.4 乙方收款后开具增值税普通发票；甲方如需专用发票，应在付款前书面提出。

3.5 甲方付款后，已付款项均不予退还，但本合同另有约定的除外。

## 第四条 交付与验收

4.1 乙方在收到首付款后四十五个工作日内完成部署与定制开发。如因甲方需求变更、资料提供不及时导致延期，交付期相应顺延。

4.2 软件部署完成并向甲方开通账号之日，即视为甲方验收合格。甲方在使用过程中提出的问题，由乙方在维护期内处理，不影响验收结论。

4.3 乙方交付的内容包括：软件安装包、用户账号、操作手册电子版及培训视频。乙方不提供定制部分的源代码和设计文档。

4.4 因甲方原因暂停超过三十日的，乙方有权按已完成工作量结算费用。

4.5 培训以线上视频会议方式进行。甲方要求现场培训的，应承担乙方人员差旅费用，并按每人每日¥1,500另付服务费。

## 第五条 知识产权

5.1 软件标准版及定制开发形成的全部成果（包括源代码、数据库设计、二维码追溯页面及文档）的知识产权均归乙方所有。

5.2 甲方仅获得在本合同约定范围内使用定制功能的非独占许可，不得对软件进行修改、反编译，也不得许可任何第三方使用。

5.3 乙方有权将定制开发成果纳入其产品，向其他客户提供。

5.4 甲方不得自行或委托第三方开发与本软件功能相同或类似的系统，不得将软件界面或流程设计提供给其他软件供应商。

## 第六条 维护服务

6.1 自软件部署完成之日起，乙方提供三个月的免费维护，包括缺陷修复和远程技术支持。

6.2 免费维护期满后，甲方如需继续获得维护及升级服务，应按乙方当年公布的维护服务价格标准向乙方购买年度维护服务。未购买的，乙方不再提供缺陷修复和升级。

6.3 维护期内，对于影响生产记录的严重问题，乙方在12小时内响应；一般问题在三个工作日内答复。乙方通过电话、微信及远程桌面提供支持，现场服务另行收费。

6.4 以下情形不属于免费维护范围：甲方要求的功能调整或新增报表；甲方电脑、网络或打印设备故障；因甲方误操作导致的数据错误；电商平台接口规则变化引起的适配。上述服务乙方另行收费。

6.5 乙方对软件版本进行升级的，有权停止对旧版本的维护，甲方应按乙方要求升级，升级涉及的定制功能适配另行收费。

6.6 维护期内问题的处理顺序由乙方根据问题影响程度确定；远程处理时，甲方应保持电脑开机及网络畅通。

## 第七条 数据

7.1 甲方录入系统的配方、原料、生产批次及客户订单数据，甲方享有使用权。

7.2 乙方有权对系统中的数据进行匿名化处理，并将处理后的数据用于产品改进、行业分析及市场研究，无需另行取得甲方同意。

7.3 乙方对云主机采取访问控制、数据加密传输、每日备份等安全措施。发生数据泄露或丢失的，乙方应在发现后二十四小时内通知甲方，并对因乙方过错造成的数据泄露承担赔偿责任。

7.4 甲方应自行做好本地电脑中数据的备份，因甲方未备份造成的数据丢失，乙方不承担责任。

7.5 合同终止后，乙方为甲方保留数据三十日，甲方可在此期间申请导出；逾期未申请的，乙方有权删除。

7.6 甲方通过系统生成的追溯二维码页面由乙方托管，页面底部显示乙方标识。

## 第八条 保密

双方对在合作中知悉的对方商业秘密负有保密义务，未经对方书面同意，不得向第三方披露，但依法须披露的除外。本条在合同终止后两年内有效。

乙方为宣传需要，可在其官网及宣传材料中将甲方列为客户案例，甲方对此不持异议。

## 第九条 责任

9.1 乙方按本合同约定交付软件，对软件在甲方特定环境下的运行效果不作保证。

9.2 因甲方操作不当、擅自修改或第三方软硬件原因造成的问题，乙方不承担责任。

9.3 任何一方对另一方的间接损失、利润损失
9.4 因不可抗力、电信或云服务商故障、电商平台政策调整等非乙方原因造成的服务中断，乙方不承担责任。

不承担责任。

## 第十条 合同解除

一方严重违反本合同约定，经对方书面通知后三十日内仍未改正的，对方有权书面通知解除本合同。甲方解除合同的，已支付的首付款不予退还，但乙方严重违约的除外。

合同解除后，甲方应停止使用定制功能，并在七日内删除已安装的软件副本。

## 第十一条 争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十二条 其他

12.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

12.2 本合同为乙方标准文本，双方如有补充约定，以书面补充协议为准。

12.5 甲方对本合同条款有异议的，应在签署前书面提出；甲方签署即视为同意本标准文本的全部内容。乙方保留对本标准文本进行解释的权利。

12.3 本合同的通知以电子邮件或微信发送至双方指定的联系人即视为送达。

12.4 本合同附件包括：需求清单、报价单、软件许可证书，附件与本合同具有同等效力。

甲方（签章）：　　　　　乙方（签章）：

日期：　　　　　　　　　日期：
"""

SRC["e01"] = r"""T:SOFTWARE LICENCE AND SERVICES AGREEMENT (DRAFT)
P:Agreement No. NLS-CN-2027-07
P:This Software Licence and Services Agreement is made between Shaoxing Jinghua Dyeing and Finishing Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Keqiao District, Shaoxing, Zhejiang Province (the "Customer"), and Nhat Lam Software Joint Stock Company, a company incorporated in Vietnam with its registered office at 27 Ly Thuong Kiet Street, Dong Hoi City, Quang Binh Province, Vietnam (the "Vendor").
P:The Customer operates a dye house with forty dyeing machines and wishes to replace its spreadsheet-based recipe records with a colour-matching and recipe management system. The Vendor has developed the DyeMaster recipe management software and offers to license it and to implement it at the Customer's plant. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the DyeMaster recipe management software in object code, version 5, including the laboratory, production and dispensing modules, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the ERP interface, the dispensing-machine connector, the customised reports and all other work product created by the Vendor specifically for the Customer, including their source code and documentation.
P:1.3 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the system meets the acceptance criteria.
P:1.4 "Customer Data" means recipes, colour measurements, batch records, customer colour standards and any other data entered into or generated by the Software at the Customer's site.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software at its plant in Shaoxing for up to sixty named users and forty dyeing machines, for its internal business purposes.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery. The Customer may extend the licence to additional users at the unit prices in Schedule A, which remain fixed for three years from Final Acceptance.
P:2.3 The Software remains the property of the Vendor. Nothing in this Agreement transfers ownership of the Software to the Customer.
H:Article 3 Services
P:3.1 The Vendor shall install the Software on the Customer's servers, configure the laboratory and production modules, migrate the Customer's existing recipe library of about eighteen thousand recipes, develop the Custom Deliverables, and train the Customer's laboratory staff, shift supervisors and IT administrators.
P:3.2 The Vendor shall assign a project manager fluent in Chinese or provide a qualified interpreter at its own cost. Key personnel named in the project plan may only be replaced with the Customer's consent.
P:3.3 The Vendor shall complete the installation, configuration, migration and Custom Deliverables within ninety days after the Effective Date and shall then request acceptance testing.
P:3.4 The Customer shall provide the server hardware, database licences, network access and a project room, and shall make its laboratory staff available for workshops as described in the project plan.
H:Article 4 Price and Payment
P:4.1 The total price of this Agreement is CNY 1,044,000, inclusive of all taxes, travel and expenses, made up as follows: perpetual licence fee CNY 720,000; implementation and configuration CNY 210,000; ERP interface and dispensing connector CNY 96,000; training CNY 18,000.
P:4.2 The Customer shall pay: (a) 20% of the total price, CNY 208,800, within fifteen days after signature and receipt of the Vendor's invoice; (b) 45%, CNY 469,800, after the system has been installed and the recipe library migrated, which does not constitute acceptance; and (c) the remaining 35%, CNY 365,400, within twenty days after Final Acceptance.
P:4.3 All payments shall be made in CNY by bank transfer to the Vendor's account. Each party bears its own bank charges.
H:Article 5 Acceptance
P:5.1 The Vendor shall carry out acceptance tests according to the test plan agreed by the parties. The acceptance criteria are: all functions in the functional specification pass; a sample of three hundred migrated recipes matches the source records exactly; the dispensing connector transfers recipes to all forty machines without error for ten consecutive working days; the ERP interface posts batch consumption correctly for ten consecutive working days; and first-time colour match rates are recorded for every batch.
P:5.2 After the tests have been passed, the system runs in production for thirty days. If no Severity 1 fault occurs in that period, the Customer shall issue the Final Acceptance certificate within seven working days.
P:5.3 If the tests fail, the Vendor shall correct the defects and repeat the tests at its own cost. Installation, production use or payment does not amount to acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the functional specification for eighteen months from Final Acceptance. During the warranty period the Vendor shall correct defects and provide updates and remote support free of charge.
P:6.2 Support levels: Severity 1 faults (production dispensing stopped or recipe data corrupted) shall be responded to within one hour, and a workaround shall be provided within eight hours; Severity 2 faults within two hours and resolved within three working days; Severity 3 requests within two working days.
P:6.3 For each full hour by which the Vendor exceeds the Severity 1 response or workaround time, the Vendor shall credit the Customer CNY 800 against the next invoice or, during the warranty, pay that amount on demand.
P:6.4 After the warranty period the Customer may order annual support from the Vendor. The annual support fee is 11% of the licence fee, CNY 79,200 per year, and may not be increased for the first three years after the warranty period; thereafter any increase shall not exceed 3% per year.
H:Article 7 Intellectual Property
P:7.1 The Custom Deliverables, including their source code, belong to the Customer upon payment. The Customer may use, modify and license them freely, and the Vendor shall deliver the source code at Final Acceptance.
P:7.2 The Vendor shall indemnify the Customer against claims that the Software or the Custom Deliverables infringe any third-party intellectual property right.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor may use Customer Data only to perform this Agreement and shall not copy it, keep it or use it for any other purpose.
P:8.2 The Vendor shall access the Customer's systems only remotely through the VPN provided by the Customer, with approval for each session, and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China. No Customer Data may be transferred out of China.
P:8.3 The Vendor shall notify the Customer within twelve hours after becoming aware of any unauthorised access to Customer Data and shall be liable for all losses caused by a breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement and not disclose it to third parties without prior written consent. Recipes and colour standards are the Customer's confidential information.
P:9.2 The obligations in this Article continue for five years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to request acceptance testing by the date in Article 3.3, or Final Acceptance is delayed for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the total price for each day of delay, up to 10% of the total price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the total price. This limit does not apply to breach of Articles 8 and 9, infringement claims, wilful misconduct or personal injury.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for any approved subcontractor.
H:Article 12 Term and Termination
P:12.1 This Agreement takes effect on signature by both parties (the "Effective Date"). The licence is perpetual and survives termination except termination by the Vendor for non-payment of the licence fee.
P:12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice.
P:12.3 The Customer may terminate this Agreement if the delay damages under Article 10.1 reach their maximum, and the Vendor shall then refund the amounts paid less the value of accepted services.
P:12.4 Annual support is ordered year by year and does not renew automatically.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of Vietnam.
P:13.2 Any dispute arising out of this Agreement shall be finally settled by arbitration at the Vietnam International Arbitration Centre in Hanoi under its rules. The language of arbitration is English.
H:Article 14 General
P:14.1 Notices shall be in writing and sent to the addresses above by courier or email with confirmation of receipt.
P:14.3 This Agreement, with its Schedules, is the entire agreement between the parties on its subject matter and replaces all earlier proposals. Amendments must be in writing and signed by both parties.
P:14.4 Neither party may assign this Agreement without the other party's written consent, except the Customer to an affiliate that takes over the dye house.
P:14.2 This Agreement is made in English and Chinese; both versions have equal effect.
P:Schedule A: Licence scope and unit prices. Schedule B: Functional specification. Schedule C: Acceptance test plan.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

SRC["e02"] = r"""# ORDER FORM — ShiftWise Workforce Scheduling Cloud

Order Form No. SW-OF-2027-0311 (draft for review)

## PART A — ORDER DETAILS

### A1. Parties

**Provider:** Mekong Shift Solutions Co., Ltd., a company registered in Thailand, 88 Sunthon Wichit Road, Nai Mueang, Mueang Nakhon Phanom District, Nakhon Phanom 48000, Thailand.

**Customer:** Kunming Lengyuan Cold Chain Logistics Co., Ltd., a company registered in the People's Republic of China, Guandu District, Kunming, Yunnan Province.

This Order Form, together with the General Terms in Part B, forms the agreement between the parties (the "Agreement"). If Part A and Part B conflict, Part A prevails.

### A2. Subscribed Service

ShiftWise Workforce Scheduling Cloud, Enterprise edition, for the Customer's four cold-storage warehouses and its transport fleet in Kunming, Yuxi and Qujing, comprising: demand-based shift planning, attendance capture through the Customer's existing time clocks, overtime and fatigue-rule checks, labour-cost dashboards, a mobile application for up to 620 warehouse and transport employees, and a payroll export file in the format of the Customer's payroll system. The Service is hosted in a data centre located in mainland China operated by a licensed cloud provider.

### A3. Subscription Term

The Subscription Term starts on the Go-Live Date and lasts twenty-four (24) months. It ends automatically at the end of the twenty-fourth month. Any further subscription requires a new Order Form signed by both parties; nothing in this Agreement renews automatically.

### A4. Fees

| Item | Basis | Amount (CNY) |
| --- | --- | --- |
| Platform subscription, Enterprise edition, 620 users | CNY 26,500 per month x 24 months | 636,000 |
| Onboarding: configuration, time-clock integration, payroll export, data load, training | one-time, fixed | 58,000 |
| Total contract value | | 694,000 |

All amounts include VAT. Additional users may be added at CNY 42.75 per user per month for the rest of the Subscription Term.

### A5. Invoicing and Payment

(a) No amount is payable before the Go-Live Date.

(b) The onboarding fee is invoiced after the Customer has signed the Go-Live Acceptance certificate under Section 3 of Part B.

(c) The monthly subscription fee is invoiced quarterly in arrears, at the end of each three-month period of the Subscription Term, less any Service Credits earned in that period.

(d) The Customer shall pay each correct invoice within thirty (30) days after receipt, by bank transfer in CNY.

(e) Provider shall issue official VAT invoices (fapiao) for all amounts invoiced under this Order Form.

### A6. Key Dates and Contacts

Target Go-Live Date: within sixty (60) days after signature of this Order Form. Provider's project lead: Ms. Siriporn Chaiyasit. Customer's project lead: Mr. Zhao Lei, Head of Warehouse Operations. Notices may be sent by email to the contacts named in the project plan, with a copy by courier to the addresses in A1.

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Service" means the subscribed service described in A2, including the mobile application, updates and the support described in Section 4.

1.2 "Customer Data" means all data submitted to the Service by or for the Customer, including employee names, work schedules, attendance records and labour-cost figures, and all output generated from that data.

1.3 "Go-Live Date" means the date on which the Customer signs the Go-Live Acceptance certificate.

### 2. Onboarding

2.1 Provider shall configure the Service for the Customer's sites, connect the time clocks, build the payroll export, load the employee master data and train twenty key users and all site supervisors, in accordance with the project plan.

2.3 The Customer shall provide the time-clock specifications, the payroll file format, the employee master data and access to the sites according to the project plan, and shall make its key users available for training.

2.2 If the Go-Live Date is not reached within the period in A6 for reasons attributable to Provider, Provider shall pay CNY 600 for each day of delay, up to a maximum of CNY 30,000, which the Customer may deduct from the onboarding fee.

### 3. Go-Live Acceptance

3.1 Provider shall demonstrate that: (a) all functions in A2 work for every site; (b) attendance data from every time clock is received within five minutes for ten consecutive working days; (c) the payroll export for one full pay period reconciles with the Customer's records without difference; and (d) shift plans for all sites can be published to the mobile application.

3.2 If the criteria are met, the Customer shall sign the Go-Live Acceptance certificate within five working days. If they are not met, Provider shall correct the defects and repeat the demonstration at its own cost. Use of the Service before that signature is not acceptance.

### 4. Service Levels

4.1 Provider shall make the Service available at least 99.95% of each calendar month, excluding planned maintenance notified at least three days in advance and carried out between 01:00 and 05:00 Beijing time.

4.2 Provider shall respond to Priority 1 incidents (Service unavailable, or attendance capture or payroll export failing for any site) within thirty (30) minutes and restore the Service within three hours; Priority 2 incidents within two hours; and Priority 3 requests within one business day. Support is provided in Chinese and English, around the clock for Priority 1.

4.3 If monthly availability falls below the level in 4.1, the Customer receives a Service Credit of 5% of that month's subscription fee for each started 0.1 percentage point below the level, up to the full monthly fee. Each late Priority 1 response earns a Service Credit of CNY 1,000. Service Credits are deducted from the next invoice.

### 5. Customer Data

5.1 As between the parties, the Customer owns all Customer Data.

5.2 Provider may use Customer Data to provide the Service. Provider may also collect, aggregate and anonymise Customer Data and usage information and use such aggregated and anonymised data, during and after the Subscription Term, to improve its products, to develop benchmarks and industry reports and for other business purposes, provided that the Customer is not identified.

5.3 Provider shall keep Customer Data in mainland China, encrypt it in transit and at rest, restrict access to authorised personnel with multi-factor authentication, keep access logs, back up Customer Data daily and test restoration every quarter, and comply with the Personal Information Protection Law and the Data Security Law.

5.4 Provider shall notify the Customer of any security incident affecting Customer Data within twelve hours, shall take all steps necessary to contain it, and is liable for losses caused by its failure to comply with 5.3.

5.5 Within thirty days after the end of the Subscription Term, Provider shall return all Customer Data in CSV format and then delete it, and certify the deletion in writing.

5.6 The Customer may audit Provider's compliance with 5.3 once per year on reasonable notice, or rely on Provider's current ISO 27001 certificate and audit reports.

### 6. Intellectual Property

6.1 Provider retains all rights in the Service and its underlying software.

6.2 The payroll export, the customer-specific reports and the site configurations created for the Customer belong to the Customer, which may use, modify and have them maintained by third parties freely.

6.3 Provider warrants that the Service does not infringe any third-party intellectual property right and shall defend the Customer against any such claim at its own cost.

### 7. Confidentiality

Each party shall keep the other party's confidential information secret and use it only for this Agreement, for the Subscription Term and three years afterwards. Employee data and labour costs are the Customer's confidential information. Neither party shall use the other party's name in publicity without prior written consent.

### 8. Liability

8.1 Neither party is liable for indirect or consequential loss or loss of profit.

8.2 Provider's total liability arising out of or in connection with this Agreement in any way is limited to the fees paid or payable by the Customer in the six (6) months preceding the event giving rise to the claim.

### 9. Subcontractors

Provider may use the hosting provider named in A2. Any other subcontractor requires the Customer's prior written consent, and Provider remains liable for all subcontractors.

### 10. Termination

10.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within thirty days after written notice.

10.2 On termination for Provider's breach, Provider shall refund any fees paid for the period after termination.

10.3 The Customer may also terminate this Agreement by written notice if availability falls below the level in Section 4.1 in three consecutive months.

### 11. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

### 12. General

12.1 Provider shall give the Customer at least ninety days' notice before withdrawing any material feature of the Service, and no update may reduce the functions described in A2.

12.2 Neither party may assign this Agreement without the other party's prior written consent.

12.3 This Agreement is signed in English and Chinese, and both versions are equally authentic.

12.4 Notices under Part B must be in writing and are effective on receipt.

**Signed for the Provider:** ____________________ **Signed for the Customer:** ____________________
"""

SRC["e03"] = r"""T:SUPPLY AND LICENCE CONTRACT FOR WAREHOUSE CLIMATE MONITORING
P:Contract No. AX-PUR-2027-052
P:Buyer: Fujian Anxi Mingshan Tea Industry Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Anxi County, Quanzhou, Fujian Province (the "Buyer").
P:Supplier: Sakon Agritech Instruments Co., Ltd., a company incorporated in Thailand, 219 Sukkasem Road, That Choeng Chum, Mueang Sakon Nakhon District, Sakon Nakhon 47000, Thailand (the "Supplier").
P:This Contract is made on the Buyer's standard terms for equipment and software purchases. The Buyer stores finished tea and aged oolong in six warehouses and wishes to monitor temperature, humidity and odour contamination continuously. The parties agree as follows.
H:1. Scope of Supply
P:1.1 The Supplier shall supply, install and commission wireless climate sensors, gateways and the TeaVault monitoring software, and shall configure alarms, dashboards and reports for the Buyer's six warehouses.
P:1.2 The Supplier shall deliver the goods and software listed in the price table in clause 2, together with installation, calibration, configuration and training.
P:1.3 The Supplier shall develop, for the Buyer, a dashboard showing the storage history of each tea batch and an interface to the Buyer's warehouse management system (the "Custom Work").
P:1.4 The Buyer's six warehouses, their floor plans and the planned sensor positions are described in the technical specification, which forms part of this Contract.
H:2. Contract Price
P:2.1 The total Contract Price is CNY 716,000, including taxes, packing, transport to the Buyer's warehouses, customs clearance, installation and all other costs of the Supplier. The price is fixed and itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, calibrated|180|1,450|261,000
TB:2|Volatile-compound odour sensor|18|4,100|73,800
TB:3|LoRa gateway with 4G backup|14|8,600|120,400
TB:4|TeaVault monitoring software, perpetual licence, on premises|1|168,000|168,000
TB:|Hardware and Licence Subtotal|||623,200
TB:5|Installation, calibration and configuration, including the Custom Work|1 lot|78,600|78,600
TB:6|Training of warehouse and IT staff|1 lot|14,200|14,200
TB:|Total Contract Price|||716,000
P:2.2 The Supplier shall not charge any amount not listed in this table. Spare sensors ordered by the Buyer during the warranty period shall be supplied at the unit prices in the table.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price as an advance within fifteen days after signature, against the Supplier's invoice and an advance-payment bank guarantee of the same amount.
P:3.2 The Buyer shall pay 55% of the Contract Price after all goods have been delivered and installed and the Buyer has signed the delivery note. Signature of the delivery note confirms quantities only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price within twenty days after Final Acceptance.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all goods to the Buyer's warehouses in Anxi within fifty days after signature, and shall complete installation and commissioning within twenty days after delivery.
P:4.2 The Supplier shall provide certificates of origin, calibration certificates traceable to national standards, manuals in Chinese and the installation media for the software.
P:4.3 The Supplier shall coordinate installation work with the Buyer's warehouse managers so that stock movements are not disrupted, and shall follow the Buyer's site safety and hygiene rules, including the rules for food storage areas.
P:4.4 Risk of loss passes to the Buyer on signature of the delivery note; title passes on payment of the instalment in clause 3.2.
H:5. Acceptance
P:5.1 Final Acceptance requires that: (a) every sensor reports to the software at the configured interval for fourteen consecutive days with no more than two missed readings per sensor per day; (b) temperature readings deviate by no more than 0.3 degrees Celsius and humidity readings by no more than 2 percentage points from a reference instrument at ten sample points in each warehouse; (c) alarms are delivered by SMS and the mobile application within sixty seconds in a test of every alarm type; and (d) the Custom Work passes the test cases agreed in the acceptance test plan.
P:5.2 When all criteria are met the Buyer shall sign the Final Acceptance certificate within seven working days. Delivery, installation, use or payment does not amount to acceptance. If the criteria are not met, the Supplier shall remedy the defects at its own cost and repeat the tests.
P:5.3 The Buyer may invite an independent metrology institute to witness the checks in 5.1(b); its fees are borne by the Buyer unless the checks fail.
H:6. Warranty and Support
P:6.1 The Supplier warrants the goods and the software for twenty-four (24) months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective goods and correct software defects free of charge, including parts, labour and transport.
P:6.2 Severity 1 faults (the monitoring software is down, or a whole warehouse is not monitored) shall be responded to within one (1) hour and resolved within one business day; Severity 2 faults (individual sensors or gateways) within two hours, with a replacement on site within three business days.
P:6.3 For each hour by which the Supplier exceeds the Severity 1 response time, and for each day by which it exceeds a resolution or replacement time, the Supplier shall pay the Buyer CNY 600, which the Buyer may deduct from any amount due.
P:6.4 After the warranty period the Supplier shall, if the Buyer so orders, provide annual support including spare parts, recalibration and software updates for 8% of the Hardware and Licence Subtotal per year. This fee is fixed for three years after the warranty period. Support is ordered year by year and does not renew automatically.
P:6.5 The Supplier shall keep spare parts for the goods available for at least seven years after Final Acceptance and shall give the Buyer at least six months' notice before any product is discontinued, together with a compatible replacement.
P:6.6 During the warranty period the Supplier shall recalibrate every sensor once a year at the Buyer's site and deliver new calibration certificates.
H:7. Intellectual Property
P:7.1 The TeaVault software remains the property of the Supplier and is licensed to the Buyer perpetually for use at its sites.
P:7.2 The Custom Work, including source code, belongs to the Buyer, which may use, modify and license it without restriction.
P:7.3 The Supplier shall indemnify the Buyer against all claims that the goods, the software or the Custom Work infringe any third-party right.
H:8. Buyer Data and Data Security
P:8.1 All data collected by the sensors and stored in the software, and all reports generated from it, belong to the Buyer. The Supplier shall use such data only to perform this Contract.
P:8.2 The software shall run on the Buyer's own servers. The Supplier may access them remotely only with the Buyer's approval for each session, through the Buyer's VPN and under logging. No data shall leave the Buyer's network.
P:8.3 The Supplier shall report any security incident affecting the Buyer's data within twelve hours and is liable for all losses caused by its breach of this clause.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information it receives about the Buyer's products, stock levels, warehouse layout and customers, and shall not disclose it to third parties without the Buyer's prior written consent. This obligation continues for five years after the end of this Contract.
P:9.2 The Supplier shall ensure that its employees and approved subcontractors comply with this clause.
H:10. Delay and Liability
P:10.1 If the Supplier delays delivery, installation or Final Acceptance for reasons attributable to it, it shall pay liquidated damages of 0.08% of the Contract Price per day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 8 and 9, which are not limited.
P:10.3 The Supplier shall maintain product liability insurance covering the goods for the warranty period.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the Contract without the Buyer's prior written consent. Local installation contractors proposed by the Supplier require the Buyer's approval before they start work.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen days after notice, or if delay damages reach their maximum.
P:12.2 On termination the Supplier shall refund the amounts paid for goods or services not yet accepted.
P:12.3 Either party may terminate this Contract if force majeure prevents performance for more than sixty consecutive days.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen.
P:13.2 This Contract is made in Chinese and English. If the two versions differ, the Chinese version prevails.
H:14. General
P:14.1 Notices must be in writing and delivered by courier or email to the addresses above.
P:14.2 Annexes: technical specification, acceptance test plan, training plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SRC["e04"] = r"""# MANAGED SERVICES AGREEMENT

**Agreement No.** PY-MS-2027-019 (draft)

**Customer:** Hangzhou Yunshang Home Furnishings E-Commerce Co., Ltd., a company incorporated in the People's Republic of China, Yuhang District, Hangzhou, Zhejiang Province ("Customer").

**Provider:** Phu Yen Cloud Operations Company Limited, a company incorporated in Vietnam, 45 Tran Hung Dao Street, Ward 4, Tuy Hoa City, Phu Yen Province, Vietnam ("Provider").

**Background.** Customer runs its online shops, order management and warehouse systems on cloud servers and on servers in its Hangzhou office. Customer wishes to outsource the round-the-clock monitoring, operation and first- and second-line support of these systems to Provider for thirty-six months. Provider delivers the services remotely from its operations centre, with engineers who speak Chinese, and by visits to Hangzhou when required. Customer has selected Provider after a competitive tender in which three providers took part.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels set out in Schedule 2.

1.3 "Charges" means the charges set out in Schedule 3.

1.4 "Customer Data" means all data of Customer or its customers that Provider handles or can access in performing the Services, including order, payment, delivery and customer account data.

1.5 "Transition" means the taking over of the Services from Customer's current IT team, as described in Section 3.

## Section 2. Term

2.1 This Agreement starts on the date of signature. The service period is thirty-six (36) months from the date of Transition Acceptance (the "Service Period").

2.2 This Agreement ends at the end of the Service Period. Any extension requires a written amendment signed by both parties, at charges to be agreed; there is no automatic renewal.

## Section 3. Transition

3.1 Within forty-five days after signature, Provider shall document Customer's systems, install its monitoring agents, set up alerting and on-call rotas, take over the runbooks, and shadow Customer's IT team for two weeks.

3.2 Transition Acceptance requires that: (a) all systems listed in Schedule 1 are monitored and alert correctly in a test of every alert type; (b) Provider has carried out ten consecutive days of operation without a missed alert or a late Priority 1 response; (c) the runbooks and configuration records are complete and approved by Customer; and (d) a restore test of each production database has succeeded. Customer shall confirm Transition Acceptance in writing within five working days after these criteria are met.

3.4 Customer shall give Provider timely access to its systems, documentation and staff during Transition and shall approve the runbooks within five working days after they are submitted.

3.3 If Transition Acceptance is not reached within sixty days after signature for reasons attributable to Provider, Provider shall pay CNY 1,200 for each day of delay, up to CNY 60,000.

## Section 4. Services and Service Levels

4.1 Provider shall perform the Services in Schedule 1 with due skill and care and meet the Service Levels in Schedule 2.

4.2 If Provider misses a Service Level, Customer is entitled to the service credits in Schedule 2, which are deducted from the next monthly invoice. Service credits do not limit Customer's other remedies for repeated failures.

4.3 Provider shall deliver a monthly service report showing incidents, changes, availability, capacity trends and performance against each Service Level, and shall attend a monthly review meeting by video conference.

4.4 Provider shall carry out changes only after approval through Customer's change process, except emergency changes needed to restore service in a Priority 1 incident, which shall be reported to Customer within one business day.

4.5 Before each major online sales campaign, Provider shall carry out a capacity review and a failover rehearsal jointly with Customer's technical team.

## Section 5. Charges and Payment

5.1 Customer shall pay the Charges in Schedule 3. The total Charges for the Service Period are CNY 1,740,000.

5.2 The transition fee is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears, less service credits. Customer pays no amount in advance.

5.3 Customer shall pay correct invoices within thirty days after receipt. The Charges are fixed for the Service Period.

5.4 Provider shall issue official VAT invoices (fapiao) for all Charges. Additional on-site visits are charged only when ordered in writing by Customer.

## Section 6. Customer Data

6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to the extent necessary to perform the Services and for no other purpose, and shall return or delete it as instructed by Customer at the end of this Agreement.

## Section 7. Intellectual Property

7.1 Provider keeps the rights in its own monitoring tools and general know-how.

7.2 Runbooks, scripts, dashboards and documentation prepared for Customer under this Agreement belong to Customer, which may use, modify and give them to any successor provider.

7.3 Provider shall ensure that its tools do not infringe any third-party right and shall defend Customer against any such claim.

## Section 8. Confidentiality

8.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to its employees and advisers who need to know it and are bound by similar obligations.

8.3 Confidential information does not include information that is or becomes public through no fault of the receiving party, or that the receiving party already lawfully knew.

8.2 This Section survives for three years after the end of this Agreement.

## Section 9. Personnel and Subcontracting

9.1 Provider shall assign a named service manager and keep a stable team. Customer may require the replacement of any engineer who does not perform properly.

9.2 Provider shall not subcontract any part of the Services without Customer's prior written consent.

9.3 Provider shall give Customer at least thirty days' notice before replacing the service manager, and the replacement shall have equivalent experience.

## Section 10. Liability

10.1 Neither party is liable for indirect loss, loss of profit or loss of business.

10.2 Provider's total aggregate liability arising out of or in connection with this Agreement shall not exceed the Charges paid by Customer in the six (6) months immediately preceding the event giving rise to the claim.

## Section 11. Termination

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach that is not remedied within thirty days after notice, or if Provider misses the Priority 1 response Service Level in three consecutive months.

11.2 On expiry or termination, Provider shall provide up to ninety days of exit assistance at the monthly service charge, hand over all runbooks, credentials and records, and cooperate with Customer's new provider.

11.3 Customer may also terminate this Agreement for convenience on ninety days' written notice after the first eighteen months of the Service Period, without any termination fee.

## Section 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou.

## Section 13. General

13.1 Neither party may assign this Agreement without the other party's prior written consent.

13.2 This Agreement is made in English and Chinese, and both versions are equally authentic.

13.3 Notices must be in writing and sent to the addresses above by courier or email.

13.4 This Agreement, with its Schedules, is the entire agreement between the parties on its subject matter.

## Schedule 1 — Services

| Service | Scope | Hours |
| --- | --- | --- |
| Monitoring | 86 cloud servers, 14 on-premises servers, databases, load balancers, web and order systems | 24 x 7 |
| Incident management | Detection, triage, first- and second-line resolution, escalation to vendors | 24 x 7 |
| Change and patch management | Monthly patching, approved changes, release support for shop campaigns | Scheduled windows |
| Backup management | Daily backups, weekly restore checks, quarterly restore tests | 24 x 7 |
| Capacity management | Monthly capacity report, scaling before campaigns such as Singles' Day | Business hours |
| Service desk | Chinese-language desk for Customer's staff, ticket portal and hotline | 08:00 to 22:00 Beijing time |

## Schedule 2 — Service Levels and Service Credits

| Measure | Target | Service credit |
| --- | --- | --- |
| Priority 1 incident (shop or order system down): response | 15 minutes | CNY 2,000 per started hour late |
| Priority 1 incident: restoration | 2 hours | CNY 3,000 per started hour late |
| Priority 2 incident (degraded service): response | 1 hour | CNY 500 per started hour late |
| Monitoring availability of production systems, monthly | 99.95% | CNY 5,000 per 0.1 point below target |
| Restore test success | all quarterly tests | CNY 4,000 per failed test |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
| --- | --- | --- |
| Transition fee | one-time, after Transition Acceptance | 84,000 |
| Monthly service charge | CNY 46,000 x 36 months | 1,656,000 |
| Total Charges | | 1,740,000 |
| Additional on-site visit to Hangzhou | per engineer day, only when ordered by Customer | 3,200 |

**For Customer:** ____________________ **For Provider:** ____________________
"""

SRC["e05"] = r"""DATA SUBSCRIPTION AGREEMENT
SEAFOOD MARKET DATA API

Agreement No. BT-DS-2027-044 (draft for review)

PARTIES

1.1 Binh Thuan Marine Data Joint Stock Company, a company incorporated in Vietnam, with its office at 112 Nguyen Tat Thanh Street, Phan Thiet City, Binh Thuan Province, Vietnam ("Provider").

1.2 Zhanjiang Haiyue Aquatic Products Import and Export Co., Ltd., a company incorporated in the People's Republic of China, with its office in Xiashan District, Zhanjiang, Guangdong Province ("Customer").

1.3 Customer imports frozen fish, squid and shrimp from Vietnam and wishes to receive daily market prices, catch landing volumes and port weather data for its purchasing decisions. Provider collects such data from fish markets and landing ports along the coast of Vietnam and makes it available through an application programming interface (the "API").

DEFINITIONS

2.1 "Data" means the price, landing-volume, species and weather data, and the related reference data, made available through the API.

2.2 "Subscription Year" means each period of one year starting on the Access Date or on an anniversary of it.

2.3 "Access Date" means the date on which Customer confirms in writing that the access tests in clause 5.2 have been passed.

2.4 "Customer Materials" means Customer's own purchase records, supplier lists, query parameters and any data Customer uploads to the API workspace.

2.5 "Integration Work" means the field mappings, data connectors and the Chinese-language species dictionary built by Provider for Customer under clause 5.1.

SUBSCRIPTION AND LICENCE

3.1 Provider grants Customer a non-exclusive, non-transferable licence during the subscription to access the API, to download the Data, and to use, store and analyse it within Customer's group for internal purposes, including purchasing, pricing and reporting to Customer's management and banks.

3.2 The subscription covers: daily auction prices for forty-two species at eleven fish markets; weekly landing volumes at nineteen ports; three-day marine weather forecasts for those ports; ten years of historical data; up to two hundred thousand API calls per month; and ten named user accounts for the web workspace.

3.3 Customer shall not resell the Data or make it available to third parties as a data product.

3.4 Provider shall add new markets or ports to the Data during the subscription at no extra charge when it starts collecting them, and shall notify Customer of any market or port that it stops covering.

FEES AND PAYMENT

4.1 The subscription fee is CNY 318,000 for each Subscription Year. The total fee for the initial two Subscription Years is CNY 636,000, including all taxes. The Integration Work is included in the subscription fee.

4.2 Provider shall invoice the fee for each Subscription Year at the start of that Subscription Year. The first invoice may be issued only after the Access Date. Customer shall pay each invoice within thirty days after receipt.

4.3 API calls above the monthly allowance are charged at CNY 0.02 per call and invoiced quarterly.

4.4 Provider shall issue invoices acceptable to Customer's bank for payment in CNY, with the bank details of Provider's account.

ONBOARDING AND ACCESS ACCEPTANCE

5.1 Within thirty days after signature, Provider shall provide API credentials and documentation in Chinese and English, build the Integration Work and connect the API to Customer's purchasing system.

5.2 The access tests are passed when: (a) all endpoints listed in the API documentation return Data for every covered market and port; (b) the daily price Data has been delivered by 10:00 Beijing time on ten consecutive business days; (c) the historical Data for a sample of five species reconciles with Provider's published market reports; and (d) the connector loads the Data into Customer's purchasing system without manual intervention for ten consecutive business days. Customer shall confirm the Access Date in writing within five business days after the tests are passed.

5.3 If the Access Date is delayed beyond forty-five days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 400 for each day of delay, up to CNY 20,000.

5.4 Customer shall provide a test environment for its purchasing system and nominate a technical contact for the integration.

SERVICE AND SUPPORT

6.1 Provider will use commercially reasonable efforts to keep the API available and to deliver the Data on time, and to correct errors in the Data when they come to its attention.

6.2 Support requests may be sent by email or through the workspace. Provider will respond to support requests as soon as reasonably practicable during its business hours.

6.3 Provider may carry out maintenance of the API from time to time and will try to give notice of planned maintenance in advance.

6.4 Where Data for a market is missing or late, Provider will show this in the API response so that Customer can identify the gap.

RENEWAL

7.1 At the end of the second Subscription Year, this Agreement renews automatically for successive periods of one Subscription Year each, unless either party gives written notice of non-renewal at least sixty days before the end of the current Subscription Year.

7.2 Provider may change the subscription fee for any renewal Subscription Year by notifying Customer of the new fee at least forty-five days before the renewal date. The new fee applies from the renewal date.

CUSTOMER MATERIALS AND DATA SECURITY

8.1 Customer Materials belong to Customer. Provider shall use Customer Materials only to provide the subscription to Customer and for no other purpose, and shall not use Customer's queries to inform other customers or for its own trading or analysis.

8.2 Provider shall protect Customer Materials with encryption in transit and at rest, access control with multi-factor authentication for its staff, logging of all access and daily backups, and shall comply with applicable data protection laws, including the Personal Information Protection Law and the Data Security Law of the People's Republic of China where they apply.

8.3 Provider shall notify Customer within twenty-four hours after becoming aware of any unauthorised access to Customer Materials, shall take all necessary steps to contain it, and shall be liable for all losses caused to Customer by its breach of this clause.

8.4 On expiry or termination, Provider shall return Customer Materials in a common format and then delete them, and confirm the deletion in writing.

INTELLECTUAL PROPERTY

9.1 Provider owns the Data and the API. Customer's analyses, reports and models built on the Data belong to Customer.

9.2 The Integration Work belongs to Customer, which may use, modify and have it maintained by any third party freely. Provider shall deliver its source code before the Access Date.

9.3 Provider warrants that it has the rights needed to license the Data to Customer and shall defend Customer against any third-party claim that Customer's use of the Data in accordance with this Agreement infringes that party's rights.

CONFIDENTIALITY

10.1 Each party shall keep the other party's confidential information secret and use it only for this Agreement. Customer's purchasing volumes, prices paid and supplier lists are Customer's confidential information.

10.2 This clause continues for three years after the end of this Agreement.

LIABILITY

11.1 Neither party is liable for indirect loss or loss of profit.

11.2 Each party's total liability under this Agreement is limited to twice the total fees for the initial two Subscription Years, except for breach of clauses 8 and 10, wilful misconduct and personal injury.

11.3 Provider is not liable for trading or purchasing decisions made by Customer on the basis of the Data, but remains liable for Data that it knew to be wrong when delivered.

11.4 Liquidated damages under clause 5.3 do not limit Customer's right to terminate under clause 13.1.

SUBCONTRACTING

12.1 Provider shall not subcontract the Integration Work or any processing of Customer Materials without Customer's prior written consent. Provider remains responsible for its subcontractors.

12.2 Provider shall ensure that its employees who handle Customer Materials are bound by confidentiality obligations.

TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after notice.

13.2 If Customer terminates under clause 13.1, Provider shall refund the part of the fee already paid for the remainder of the current Subscription Year.

13.3 On termination, Customer may keep and continue to use the Data downloaded before the termination date for its internal purposes.

GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.

GENERAL

15.1 Neither party may assign this Agreement without the other party's prior written consent, except to an affiliate that takes over the relevant business.

15.2 This Agreement is made in English and Chinese; both versions are equally authentic.

15.3 Notices must be in writing and sent by courier or email to the addresses in clauses 1.1 and 1.2.

15.4 This Agreement is the entire agreement between the parties on its subject matter and may be amended only in writing signed by both parties.

15.5 Neither party is liable for failure to perform caused by force majeure, provided that it notifies the other party promptly and resumes performance as soon as possible.

SIGNATURES

For Provider: ____________________
For Customer: ____________________
"""

# ---------------------------------------------------------------- files, labels and design
FILES = {
    "z01": ("h895z01_civil_affairs_time_bank_platform", "pdf"),
    "z02": ("h895z02_heater_factory_line_control_retrofit", "docx"),
    "z03": ("h895z03_speed_reading_chain_booking_saas", "txt"),
    "z04": ("h895z04_port_shore_power_billing_om_service", "txt"),
    "z05": ("h895z05_soap_studio_tracking_software_supplier_template", "md"),
    "e01": ("h895e01_dyehouse_recipe_licence_vn_vendor", "pdf"),
    "e02": ("h895e02_cold_chain_scheduling_saas_order_form_th_vendor", "md"),
    "e03": ("h895e03_tea_warehouse_climate_sensors_th_vendor", "docx"),
    "e04": ("h895e04_ecommerce_managed_operations_36_months_vn_vendor", "md"),
    "e05": ("h895e05_seafood_market_data_api_vn_vendor", "txt"),
}
CATEGORY = {"z01": "software", "z02": "hardware", "z03": "cloud", "z04": "services", "z05": "software",
            "e01": "software", "e02": "cloud", "e03": "hardware", "e04": "services", "e05": "cloud"}
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# values in KEYS order; then extra: sla_clause, ld_stated, post_warranty_fee_capped (goods only), deemed, contract_value
TERMS = {
    "z01": [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, False, "PRC", G],
    "z02": [None, 1, True, "buyer", True, True, True, 0.03, None, 10, True, True, 18, 27, False, True, False, "PRC", G],
    "z03": [99.5, 0.5, True, "buyer", True, True, True, 0.06, None, None, True, None, None, None, False, True, True,
            "PRC", S],
    "z04": [99.95, 0.25, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False, False, False,
            "PRC", S],
    "z05": [None, 12, False, "supplier", True, False, True, None, None, 65, False, False, 3, None, False, True, None,
            "PRC", G],
    "e01": [None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 11, False, True, False, "Vietnam", G],
    "e02": [99.95, 0.5, True, "buyer", True, False, True, 600 / 694000 * 100, 6 / 24 * 100, None, True, None, None, None,
            False, True, False, "PRC", S],
    "e03": [None, 1, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 24, 8, False, True, False, "PRC", G],
    "e04": [99.95, 0.25, True, "buyer", False, True, True, 1200 / 1740000 * 100, 6 / 36 * 100, None, True, None, None,
            None, False, True, False, "PRC", S],
    "e05": [None, None, False, "buyer", True, True, True, 400 / 636000 * 100, 200, None, True, None, None, None, True,
            True, False, "PRC", S],
}
EXTRA = {  # sla_clause, ld_stated, capped (goods only), deemed, contract_value
    "z01": (True, True, True, False, 1280000),
    "z02": (True, True, True, False, 1290000),
    "z03": (True, True, None, False, 548000),
    "z04": (True, True, None, False, 436000),
    "z05": (True, False, False, True, 168000),
    "e01": (True, True, True, False, 1044000),
    "e02": (True, True, None, False, 694000),
    "e03": (True, True, True, False, 716000),
    "e04": (True, True, None, False, 1740000),
    "e05": (False, True, None, False, 636000),
}
PRICES = {  # itemised prices that must add up to the contract value
    "z01": [620000, 540000, 96000, 24000],
    "z02": [516000, 119000, 233000, 196000, 118000, 92000, 16000],
    "z03": [2 * (30 * 6800 + 36000), 68000],
    "z04": [4 * 109000],
    "z05": [86000, 74000, 8000],
    "e01": [720000, 210000, 96000, 18000],
    "e02": [26500 * 24, 58000],
    "e03": [180 * 1450, 18 * 4100, 14 * 8600, 168000, 78600, 14200],
    "e04": [46000 * 36, 84000],
    "e05": [318000 * 2],
}
FEE_BASE = {"z01": 620000, "z02": 516000 + 119000 + 233000 + 196000, "e01": 720000,
            "e03": 180 * 1450 + 18 * 4100 + 14 * 8600 + 168000}
FORUM_OUTSIDE_MAINLAND = {"e01"}  # design fact: VIAC, Hanoi
DESIGN = {
    "z01": [],
    "z02": ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"],
    "z04": ["CR-CONFIDENTIALITY", "CR-TERMINATION"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"],
    "e05": ["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def tco_share(key, t, capped, value):
    if t["contract_kind"] != G or not capped or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = FEE_BASE[key] * t["post_warranty_fee_pct"] / 100 * years
    return fees / (value + fees) * 100


def derive(key, t, x):
    """My reading of policy §3, with the readings of its section 'Where rules apply'."""
    goods = t["contract_kind"] == G
    r = []
    if not x["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.append("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.append("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped")
                  or t["post_warranty_fee_pct"] > 15):
        r.append("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FORUM_OUTSIDE_MAINLAND:
        r.append("CR-GOVERNING-LAW")
    share = tco_share(key, t, x.get("post_warranty_fee_capped"), x["contract_value"])
    if share is not None and share > 40:
        r.append("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def label(key):
    t = dict(zip(KEYS, TERMS[key]))
    sla, ld, capped, deemed, value = EXTRA[key]
    x = {"sla_clause": sla, "ld_stated": ld}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = capped
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = value
    stem, ext = FILES[key]
    return {"file": stem + "." + ext, "language": "zh" if key[0] == "z" else "en", "category": CATEGORY[key],
            "expected_terms": t, "expected_extra": x, "expected_rules": derive(key, t, x)}


# ---------------------------------------------------------------- reading back and checks
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)",                                   # availability
    r"(?<![\d.])4\s*-?\s*(个)?小时", r"(?<![十\d])四\s*个?\s*小时", r"(?<![\d.])4\s*-?\s*hours?\b",
    r"(?<![a-z-])(?<!twenty )four\s*(\(4\))?\s*-?\s*hours?\b",               # P1 response
    r"(?<![\d.])0\.05\s*(%|per\s*cent|percent)", r"万分之五(?![十])", r"千分之零点五",    # LD per day
    r"(?<![\d.])100\s*(%|per\s*cent|percent)", r"百分之(一)?百", r"one\s*hundred\s*per\s*cent",  # cap
    r"(?<![\d.])30\s*(%|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九点])", r"thirty\s*per\s*cent", r"三成",
    r"(?<![\d.])12\s*个\s*月", r"十二\s*个\s*月", r"(?<![\d.])12\s*-?\s*months?\b", r"twelve\s*(\(12\))?\s*-?\s*months?",
    r"(质保|保修|免费维护)期?(为|是)?\s*一年", r"one[- ]year\s*warranty",                  # warranty
    r"(?<![\d.])15\s*(%|per\s*cent|percent)", r"百分之十五(?![点])", r"fifteen\s*per\s*cent",  # post-warranty fee
    r"(?<![\d.])40\s*(%|per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九点])", r"forty\s*per\s*cent",  # TCO
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "可用率99.9%", "4小时", "4 个小时", "四小时", "4 hours", "four (4) hours", "0.05%", "万分之五",
            "100%", "百分之百", "30%", "30 per cent", "百分之三十", "12个月", "十二个月", "12 months", "12-month",
            "twelve (12) months", "质保期一年", "15%", "百分之十五", "40%", "百分之四十", "forty per cent"]
MUST_MISS = ["twenty-four hours", "twenty four hours", "99.95%", "99.5%", "24小时", "二十四小时", "24 hours", "14 hours", "0.08%", "0.5%", "万分之五十",
             "万分之八", "130%", "200%", "百分之三十五", "35%", "2027年12月31日", "112 months", "9%", "0.15%",
             "百分之十五点五", "140%", "fourteen hours", "45%", "第12条"]


def selftest():
    for s in MUST_HIT:
        assert RX.search(s), "regex misses " + s
    for s in MUST_MISS:
        assert not RX.search(s), "regex hits " + s


def build():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    targets, sources = {}, {}
    for key, (stem, ext) in FILES.items():
        if ext in ("docx", "pdf"):
            targets[key] = (stem + "." + ext, ext)
            sources[key] = SRC[key]
        else:
            (OUT / (stem + "." + ext)).write_text(SRC[key].strip("\n") + "\n", encoding="utf-8")
            print("wrote", stem + "." + ext)
    write(sources, targets, OUT, wrap_words=True)


def main():
    selftest()
    build()
    covered = set()
    bad = []
    for key, (stem, ext) in FILES.items():
        assert sum(PRICES[key]) == EXTRA[key][4], key
        lab = label(key)
        t, x = lab["expected_terms"], lab["expected_extra"]
        assert lab["expected_rules"] == sorted(DESIGN[key]), (key, lab["expected_rules"], DESIGN[key])
        covered |= set(lab["expected_rules"])
        for k, th in THRESH.items():
            assert t[k] is None or abs(t[k] - th) > 1e-9, (key, k)
        share = tco_share(key, t, x.get("post_warranty_fee_capped"), x["contract_value"])
        if share is not None:
            assert abs(share - 40) > 2, (key, share)
        text = read_back(OUT / (stem + "." + ext))
        if key[0] == "z":
            n = len(re.sub(r"\s", "", text))
            ok = 2750 <= n <= 3000
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
        hits = set()
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            hits |= {m.group(0) for m in RX.finditer(variant)}
        rules = lab["expected_rules"]
        risk = "high" if HIGH & set(rules) else ("low" if set(rules) <= LOW else "medium")
        print("%s %-6s len %5d %s tco %s risk %-6s %s %s" % (key, ext, n, "ok " if ok else "BAD",
              "-" if share is None else "%.2f" % share, risk, ",".join(r[3:] for r in rules) or "(none)",
              "THRESHOLD " + repr(hits) if hits else ""))
        if not ok or hits:
            bad.append(key)
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    assert sum(1 for k in DESIGN if not DESIGN[k]) == 2
    assert not bad, bad
    print("all checks passed")


if __name__ == "__main__":
    main()
