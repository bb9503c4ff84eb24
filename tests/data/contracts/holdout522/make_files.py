"""holdout522: builds ten ordinary draft contracts (5 zh, 5 en), their labels, and checks lengths, thresholds and rule coverage.
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:滨江区中小学智慧校园平台建设项目政府采购合同
P:合同编号：BJJY-ZFCG-2025-117
P:采购人（甲方）：滨江区教育局
P:供应商（乙方）：杭州启学信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件（项目编号BJCG2025-063）、乙方投标文件和中标通知书，甲乙双方就滨江区中小学智慧校园平台的软件许可、定制开发及实施服务订立本合同。招标文件、投标文件及澄清材料为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供智慧校园平台软件的永久使用许可，覆盖全区32所中小学，包括统一身份认证、排课选课、学生综合素质评价、家校沟通、教务管理、资产管理六个模块。
P:1.2 乙方按甲方需求进行定制开发：与区教育数据中心的数据交换接口、区级教育质量监测驾驶舱、课后服务管理功能及移动端页面。
P:1.3 乙方负责部署、数据初始化、与现有学籍系统的对接、各校管理员及教师培训。
H:第二条 合同价款
P:本合同总价为人民币贰佰壹拾捌万元整（¥2,180,000.00），含税，包括：
P:（1）平台软件许可费：¥1,280,000；
P:（2）定制开发费：¥736,000；
P:（3）部署实施及培训费：¥164,000。
P:合同总价为固定价格，除甲方书面变更需求外不作调整。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，即¥436,000。
P:3.2 平台完成部署并通过初验后，甲方支付合同总价的45%，即¥981,000。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即¥763,000。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方付款受财政资金拨付进度影响的，不视为违约。
H:第四条 交付期限及人员
P:4.1 乙方应于合同签订后90日内完成部署和定制开发并提交初验申请，于初验通过后60日内完成试运行并提交最终验收申请。
P:4.2 乙方应指定一名具备高级项目经理资格的项目负责人，并安排不少于6名开发及实施人员驻场，人员名单经甲方确认后不得随意更换；确需更换的，应提前10个工作日书面说明理由并经甲方同意。
P:4.3 乙方应为各校管理员、教务人员和班主任分批组织培训，培训总课时不少于120课时，并提供操作视频和培训教材，培训效果由甲方抽查评估。
P:4.4 乙方应每两周向甲方提交项目周报，说明开发进度、问题清单和风险，并参加甲方组织的项目例会。
H:第五条 验收
P:5.1 初验标准：六个模块功能与招标文件技术要求逐项核对一致；数据交换接口连续10日运行无数据丢失；在1,500个并发用户下，页面平均响应时间不超过2秒；第三方机构出具网络安全测评报告且无高危漏洞。
P:5.2 最终验收标准：试运行期满，期间未发生一级故障；各校完成至少一个学期的排课和评价数据录入；乙方交付源代码、接口文档、运维手册及培训记录。
P:5.3 甲方组织专家和学校代表按上述标准验收，出具书面验收报告。平台上线运行、甲方使用或付款，均不视为验收合格。
H:第六条 服务水平
P:6.1 质保期内，平台月可用率不低于99.95%，计划内维护须提前3个工作日通知并安排在夜间或节假日。
P:6.2 一级故障（全区平台无法登录或核心模块停用）30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:6.3 一级故障响应每超时一小时，乙方支付违约金¥1,000；月可用率每低于承诺值0.01个百分点，扣减当期维护费用¥2,000。
H:第七条 质保及后续维护
P:7.1 质保期为最终验收合格之日起二十四个月，质保期内免费提供缺陷修复、版本升级和技术支持。
P:7.2 质保期满后如甲方续购维护服务，年度维护费不超过平台软件许可费的8%，即每年不超过¥102,400，该价格在质保期满后三个服务年度内固定不变，续购须另行书面签约，不自动续期。
H:第八条 知识产权
P:8.1 平台软件的原有知识产权归乙方所有，甲方在全区范围内享有永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的接口程序、驾驶舱、课后服务功能及其源代码、文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用。
H:第九条 数据安全
P:9.1 平台中的学生、教师及家长信息和教学数据均属于甲方，乙方仅可为履行本合同使用，不得用于其他任何目的。
P:9.2 乙方应落实网络安全等级保护第三级要求，对个人信息加密存储，远程运维须经甲方审批并通过堡垒机操作，不得将数据复制出甲方环境。
P:9.3 发生数据泄露或安全事件，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部责任，包括赔偿甲方及第三方损失。
H:第十条 保密
P:乙方对在履行本合同中知悉的甲方工作秘密、技术资料和其他未公开信息负有保密义务，未经甲方书面同意不得向第三方披露。保密义务在本合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交验收申请的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付成果经两次验收仍不合格的，甲方有权解除合同，乙方退还已收款项并赔偿损失。
P:11.3 甲方逾期付款的，按逾期金额每日万分之三支付违约金，因财政拨付原因造成的除外。
H:第十二条 分包
P:本项目不允许分包。乙方不得将本合同项下任何工作转包或分包给第三方。
H:第十三条 合同解除
P:乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十四条 适用法律与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。未尽事宜，双方另行签订补充协议。
P:甲方（盖章）：滨江区教育局　　法定代表人或授权代表：________　　日期：2025年7月8日
P:乙方（盖章）：杭州启学信息技术有限公司　　法定代表人或授权代表：________　　日期：2025年7月8日
"""

Z02 = """T:干燥窑控制系统改造及维保合同
P:合同编号：LX-MC-2025-042
P:甲方（买方）：临沂市兰山区林旭木业加工有限公司
P:乙方（卖方）：山东恒温智控自动化有限公司
P:甲方现有蒸汽加热木材干燥窑16座，原控制方式为人工记录、手动调节阀门，含水率波动大、能耗高。经比选，甲方委托乙方对全部干燥窑的控制系统进行自动化改造，并在质保期后提供维保服务。双方经协商一致，订立本合同。
H:一、改造范围
P:（一）乙方负责16座干燥窑的控制柜、温湿度传感器、木材含水率检测装置、风机变频器的供货与安装，以及中控室上位机监控软件的许可与部署。
P:（二）乙方按甲方的松木、杨木、橡胶木三类板材干燥工艺编制自动控制程序和干燥曲线，实现按含水率自动切换干燥阶段、超温报警和能耗统计。
P:（三）乙方负责原有线路拆除、新线路敷设、设备调试以及甲方操作工和电工的培训。
H:二、合同价格
P:（一）本合同总价为人民币玖拾伍万元整（¥950,000），含13%增值税、运输、安装和培训费用，明细如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含触摸屏）|8套|46,000|368,000
TB:2|温湿度传感器|64只|1,850|118,400
TB:3|木材含水率检测装置|16套|6,200|99,200
TB:4|风机变频器|32台|5,400|172,800
TB:5|上位机监控软件许可（永久）|1套|86,000|86,000
TB:6|工控机及显示器|2套|12,300|24,600
TB:|软硬件小计|||869,000
TB:7|安装调试（含线路敷设）|1项|72,000|72,000
TB:8|培训|1项|9,000|9,000
TB:|合计|||950,000
P:（二）上述价格为固定总价，乙方不得以材料涨价为由要求调整。
H:三、付款方式
P:（一）合同签订后10个工作日内，甲方支付合同总价的20%，即¥190,000，作为预付款。
P:（二）全部设备到货并经甲方清点签收后，甲方支付合同总价的45%，即¥427,500。到货签收仅为数量清点，不代表质量验收。
P:（三）系统通过最终验收后15个工作日内，甲方支付合同总价的35%，即¥332,500。
H:四、交货与工期
P:（一）乙方应于合同签订后45日内将全部设备运至甲方厂区，并于到货后30日内完成安装调试。
P:（二）为不影响生产，乙方应分批改造，每批停窑不超过4座，停窑时间由甲方生产部门安排。
H:五、验收
P:（一）验收标准：每座干燥窑连续完成两个完整干燥周期；窑内温度控制偏差不超过±1.5℃，相对湿度偏差不超过±5%；出窑木材含水率与目标值偏差不超过±2个百分点（按每窑抽检20块计）；超温、断风报警经现场测试有效；上位机能实时显示全部窑况并生成能耗报表。
P:（二）甲乙双方按上述标准共同测试并签署验收报告。设备安装完成或甲方投入生产使用，均不视为验收合格。
H:六、质保与维保
P:（一）质保期为最终验收合格之日起十八个月。质保期内设备及软件故障由乙方免费维修或更换。
P:（二）质保期内，一级故障（整座窑失控或上位机瘫痪）乙方应在2小时内远程响应，8小时内到场；每超时一小时，乙方支付违约金¥500。
P:（三）质保期满后，乙方提供维保服务（定期巡检、传感器校准、备件更换和软件升级），年度维保费按软硬件小计的25%计取，即每年¥217,250，质保期满后三个服务年度内不变。维保服务按服务年度另行签订，不自动续期。
H:七、知识产权
P:（一）上位机监控软件的著作权归乙方所有，甲方享有永久使用权。
P:（二）乙方为甲方编制的控制程序、干燥曲线及工艺参数文件归甲方所有，乙方应交付源程序，甲方可自行修改或交由他人维护。
H:八、数据安全与保密
P:（一）干燥曲线、能耗记录和生产数据属于甲方，乙方不得用于本合同以外的目的。
P:（二）乙方远程维护须事先经甲方同意并使用甲方分配的账号，操作留有日志；不得擅自拷贝甲方数据。因乙方原因导致数据泄露或丢失的，乙方承担赔偿责任。
P:（三）双方对在履行本合同中知悉的对方商业秘密和工艺信息负有保密义务，期限至合同终止后三年。
H:九、分包
P:乙方可将现场线路敷设和设备安装工作分包给具备相应资质的施工单位，但应提前5个工作日书面通知甲方，并对分包单位的工作质量负责。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一支付违约金。
P:（二）设备或系统经两次验收不合格的，甲方有权退货并解除合同，乙方返还全部已付款项。
P:（三）甲方逾期付款的，按逾期金额每日万分之二支付违约金。
H:十一、合同解除
P:乙方严重违约，经甲方书面通知后10日内未改正的，甲方有权解除本合同并要求乙方赔偿损失。
H:十二、法律适用与争议
P:本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交临沂仲裁委员会仲裁。
H:十三、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：临沂市兰山区林旭木业加工有限公司　　授权代表：________　　日期：2025年8月18日
P:乙方（盖章）：山东恒温智控自动化有限公司　　授权代表：________　　日期：2025年8月18日
"""

Z03 = """丽颜连锁美容会员及预约管理SaaS服务合同

合同编号：LY-IT-2025-09
甲方（客户）：成都丽颜美容管理有限公司
乙方（服务商）：成都云约科技有限公司

鉴于甲方在成都、重庆、绵阳共经营40家直营美容门店，需要统一的会员、预约、储值卡、疗程卡和员工提成管理系统；乙方拥有"云约门店"SaaS平台并提供实施服务。双方经友好协商，就乙方向甲方提供SaaS订阅及实施服务订立本合同。

1. 服务内容
1.1 乙方为甲方40家门店开通"云约门店"SaaS平台专业版，包括会员档案、在线预约（小程序）、储值卡和疗程卡、收银、员工排班与提成、营销活动和总部经营报表。
1.2 实施服务：历史会员数据导入（约26万条会员记录及剩余卡项）、收银硬件联调、甲方品牌小程序页面定制、总部经营驾驶舱定制报表8张、店长及前台培训。
1.3 服务期为两个服务年度，自2025年9月1日起至2027年8月31日止。

2. 费用
2.1 订阅费：每家门店每个服务年度¥21,600，40家门店每个服务年度合计¥864,000，两个服务年度合计¥1,728,000。
2.2 实施费：¥146,000（一次性）。
2.3 合同总价：¥1,874,000，含6%增值税。
2.4 新增门店按同一单价按月折算计费，不计入合同总价。

3. 付款
3.1 实施费在上线验收通过后15个工作日内一次性支付。
3.2 订阅费按季度后付，每季度结束后乙方开具发票，甲方在收到发票后20个工作日内支付该季度费用。
3.3 甲方无需在服务开始前支付任何款项。

4. 实施与验收
4.1 乙方应于2025年10月15日前完成全部门店上线。上线每延期一日，乙方按¥1,500/日向甲方支付违约金。
4.2 上线验收标准：26万条会员记录及卡项余额与甲方原系统核对一致（差异为零）；40家门店收银、预约、核销全流程测试通过；小程序在500人同时预约时响应时间不超过3秒；8张定制报表数据与抽查门店账目一致；完成全部店长培训。
4.3 甲方按上述标准逐项确认并签署上线验收单。门店开始使用系统不视为验收通过。

5. 服务水平
5.1 乙方承诺平台月可用率不低于99.5%（不含提前48小时通知的计划维护）。
5.2 一级故障（全部门店无法收银或预约）15分钟内响应，2小时内恢复；二级故障1小时内响应，8小时内解决。
5.3 月可用率低于承诺值的，按未达标程度减免当月订阅费的5%至20%；一级故障恢复每超时一小时，减免当月订阅费的2%。

6. 数据
6.1 会员信息、消费记录、储值余额等业务数据均属于甲方所有，乙方仅为提供本合同服务而处理，不得用于其他用途，不得向第三方提供。
6.2 乙方应将数据存储于中国境内的云服务器，落实网络安全等级保护第三级要求，敏感个人信息加密存储，员工按最小权限访问并留存日志。
6.3 发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，采取补救措施并配合监管报告；因乙方原因造成的，乙方承担全部赔偿责任。
6.4 合同终止后30日内，乙方应按甲方要求以通用格式导出并交还全部数据，随后彻底删除，并出具删除证明。

7. 知识产权
7.1 "云约门店"平台的知识产权归乙方所有。
7.2 为甲方定制的小程序页面、品牌素材和8张经营报表的知识产权归甲方所有，甲方可自由使用、修改或交由第三方维护。

8. 续期与调价
8.1 服务期满前30日内任何一方未书面提出不续期的，本合同自动续期一个服务年度，此后亦同。
8.2 每次续期时，乙方有权上调订阅单价，上调幅度不超过上一服务年度单价的8%，乙方提前30日书面通知即可生效。

9. 分包
乙方不得将实施服务分包。确需由第三方承担收银硬件联调的，须事先取得甲方书面同意。

10. 违约与解除
10.1 乙方严重违反本合同，经甲方书面催告后15日内未改正的，甲方有权解除合同，乙方退还未履行期间的费用并赔偿损失。
10.2 乙方对本合同项下的累计赔偿责任以合同总价的200%为限，但数据泄露造成的损失不受此限。
10.3 甲方逾期付款的，每日按逾期金额的万分之三支付违约金。

11. 法律与争议
本合同适用中华人民共和国法律。争议协商不成的，任何一方可向成都仲裁委员会申请仲裁。

12. 其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。附件：门店清单、上线验收测试用例。

甲方：成都丽颜美容管理有限公司（盖章）　授权代表：________　日期：2025年8月20日
乙方：成都云约科技有限公司（盖章）　授权代表：________　日期：2025年8月20日
"""

Z04 = """南江市消防救援支队接处警系统年度运维服务合同

项目名称：南江市消防救援支队接处警系统运维服务（竞争性磋商）
采购编号：NJXF-CS-2025-08
甲方：南江市消防救援支队
乙方：南江华安应急通信技术有限公司

根据《中华人民共和国政府采购法》及竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就接处警系统运维服务订立本合同。

第一条 服务范围
（1）运维对象：119接处警系统（含接警坐席32席、调度指挥子系统、GIS地图、录音录像系统、短信及语音广播平台）及其服务器、存储、网络设备。
（2）服务内容：7×24小时监控与故障处理；每月巡检；每季度数据备份恢复演练；GIS地图数据季度更新；软件补丁与版本升级；重大节日和重大活动保障。
（3）服务期：2025年7月1日至2026年6月30日。

第二条 服务费用
（1）服务费总额为人民币壹佰壹拾捌万陆仟元整（¥1,186,000），含税，为固定总价。
（2）其中：驻场运维人员费¥712,000；远程监控及二线技术支持¥238,000；备品备件¥164,000；GIS数据更新¥72,000。

第三条 付款方式
（1）服务费按季度支付，每季度结束并经甲方考核合格后，甲方在15个工作日内支付当季服务费¥296,500。
（2）季度考核扣减的金额在当季服务费中直接扣除。
（3）本合同不设预付款。

第四条 服务水平
（1）接处警系统核心业务月可用率不低于99.99%。
（2）一级故障（接警或调度中断）15分钟内响应，30分钟内到场，2小时内恢复；二级故障30分钟内响应，6小时内解决；三级故障24小时内解决。
（3）驻场人员不少于3人，每日24小时轮班在岗。

第五条 考核与扣减
（1）月可用率每低于承诺值0.01个百分点，扣减当季服务费¥3,000。
（2）一级故障响应或恢复每超时30分钟，扣减¥2,000；二级故障每超时一小时，扣减¥500。
（3）季度考核得分低于80分的，扣减当季服务费的5%。

第六条 服务验收
（1）服务开始后10日内，乙方提交运维方案、应急预案和系统基线报告，经甲方审核确认。
（2）每季度末，甲方按巡检记录完整、备份演练成功、故障处理时限达标、GIS数据更新到位等标准进行考核，并出具书面考核意见。
（3）服务期满，甲方根据四个季度的考核结果和乙方提交的运维总结进行终验。

第七条 任务完成期限
（1）乙方应在合同签订后20日内完成系统基线梳理和运维交接；每季度GIS数据更新应在季度首月20日前完成。
（2）乙方未按期完成上述任务的，每逾期一日，按合同总价的万分之二向甲方支付违约金。

第八条 数据安全
（1）接处警录音、报警人信息、警情数据均属于甲方，乙方不得复制、留存或用于本合同以外的任何目的。
（2）乙方人员须经政审，签署保密承诺，仅在甲方指定场所和终端上操作，禁止使用移动存储介质，远程访问须经甲方审批。
（3）发生数据泄露或安全事件，乙方应在1小时内报告甲方；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

第九条 保密
乙方对履行合同中知悉的警情信息、系统架构、网络配置及甲方工作秘密负有保密义务，保密期限不因合同终止而解除。

第十条 知识产权
乙方在服务中形成的运维文档、脚本、应急预案和统计报告归甲方所有，甲方可自由使用和修改。

第十一条 分包
乙方不得将本合同服务转包或分包。

第十二条 合同的变更与解除
本合同生效后，除因不可抗力致使合同目的不能实现外，任何一方均不得单方解除本合同。合同变更须经双方书面同意。

第十三条 争议解决
因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

第十四条 其他
本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。磋商文件、响应文件为本合同附件。

甲方（盖章）：南江市消防救援支队　　代表：________　　2025年6月26日
乙方（盖章）：南江华安应急通信技术有限公司　　代表：________　　2025年6月26日
"""

Z05 = """# 溯源通生产追溯系统软件许可及定制开发合同（标准文本 V3.0）

合同编号：STT-2025-0316

甲方（用户）：桂林桂花香腐乳食品有限公司

乙方（供方）：广西溯源通软件有限公司

甲方拟建设腐乳生产全过程追溯系统，乙方为溯源通追溯软件的著作权人。经协商，双方按乙方标准合同文本订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供溯源通生产追溯系统V5软件的永久使用许可（1个工厂，50个用户），包括原辅料入库、黄豆浸泡磨浆、点浆压坯、前发酵、腌制、后发酵、灌装、成品出库各环节批次追溯和一物一码赋码。

1.2 乙方按甲方需求定制开发：发酵房温湿度采集对接、灌装线赋码设备对接、质检数据录入模块、经销商扫码查询页面。

1.3 乙方负责系统安装部署、基础数据初始化和操作培训。

## 第二条 价格

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 溯源通V5软件许可（永久） | 368,000 |
| 2 | 定制开发 | 412,000 |
| 3 | 部署实施及培训 | 60,000 |
| | 合计 | 840,000 |

合同总价为人民币捌拾肆万元整（¥840,000），含税。

## 第三条 付款

3.1 合同签订后5个工作日内，甲方支付合同总价的50%，即¥420,000。

3.2 系统上线后5个工作日内，甲方支付剩余50%，即¥420,000。

## 第四条 交付与验收

4.1 乙方在收到首付款后75日内完成部署和定制开发，并通知甲方上线。

4.2 系统安装完成并上线运行之日即视为甲方验收合格。甲方在上线后提出的修改意见按第七条维护服务处理。

## 第五条 知识产权

5.1 溯源通软件及乙方为本项目定制开发的全部程序、接口、页面、文档的知识产权均归乙方所有。

5.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得自行修改、反编译或交由第三方维护。

## 第六条 质保

6.1 自系统上线之日起六个月内为免费维护期，乙方免费修复软件缺陷。

6.2 免费维护期内，一级故障（系统无法赋码或追溯查询中断）乙方在8小时内响应，其他故障在2个工作日内响应。

## 第七条 维护服务

7.1 免费维护期满后，甲方如需乙方继续提供维护和升级服务，应与乙方签订年度维护协议，维护费按乙方届时公布的服务价格标准执行。

7.2 未签订维护协议的，乙方按次收取现场服务费。

## 第八条 数据

8.1 甲方生产数据由甲方负责录入，数据属于甲方。

8.2 乙方可对甲方系统中的生产工艺数据和追溯数据进行脱敏处理后，用于乙方产品改进、行业分析和其他客户服务。

8.3 乙方远程维护须使用甲方授权的账号，不得擅自导出甲方数据；对系统采取访问控制、数据加密和操作日志措施。因乙方原因造成数据泄露的，乙方承担相应赔偿责任。

## 第九条 保密

双方对履行本合同中获知的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露。

## 第十条 违约责任

10.1 乙方逾期交付的，每逾期一日，按合同总价的万分之一支付违约金。

10.2 甲方逾期付款的，每逾期一日，按逾期金额的千分之一支付违约金，且乙方有权暂停服务。

10.3 乙方在本合同项下的全部赔偿责任（含违约金）以合同总价的20%为限。

## 第十一条 合同解除

一方严重违约，经守约方书面催告后15日内未纠正的，守约方有权解除本合同。

## 第十二条 争议解决

本合同适用中华人民共和国法律。争议提交桂林仲裁委员会仲裁。

## 第十三条 其他

本合同自双方盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：桂林桂花香腐乳食品有限公司　　代表：________　　日期：2025年5月12日

乙方（盖章）：广西溯源通软件有限公司　　代表：________　　日期：2025年5月12日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. SPL-QD-2025-021
P:This Agreement is made between Qingdao Haixian Cold Chain Foods Co., Ltd., a company registered in Qingdao, Shandong, PRC (the "Customer"), and Southern Pallet Logic Limited, a company registered in New Zealand with its office at 52 Moorhouse Avenue, Christchurch 8011 (the "Vendor").
P:Background: The Customer operates three cold stores and a seafood processing plant and wishes to replace its spreadsheet-based stock control. The Vendor publishes the ColdTrack warehouse management software and agrees to license it and to implement it for the Customer on the terms below. At the Customer's request all prices are stated and paid in CNY.
H:Article 1 Scope
P:1.1 The Vendor grants the Customer perpetual, non-exclusive licences to ColdTrack version 8 for 60 named users and one production server, for use by the Customer and its affiliates in the PRC.
P:1.2 The Vendor shall implement the software: configure the three cold stores and the plant, build interfaces to the Customer's ERP and weighbridge systems, migrate open stock and lot records, design blast-freezer and temperature-log reports, and train key users.
H:Article 2 Price
P:2.1 The total price is CNY 958,000, inclusive of PRC taxes, made up of: named-user licences 60 x CNY 9,800 = CNY 588,000; server licence CNY 96,000 (licence subtotal CNY 684,000); implementation services CNY 246,000; training CNY 28,000.
P:2.2 The price is fixed. Travel of the Vendor's consultants is included.
H:Article 3 Payment
P:3.1 10% of the total price within 20 days after signature against the Vendor's invoice.
P:3.2 55% within 20 days after Go-Live, meaning the first full week of live receipts and dispatches in all three cold stores.
P:3.3 35% within 20 days after Final Acceptance under Article 5.
H:Article 4 Timetable and Delay
P:4.1 Go-Live shall occur within 110 days after signature and Final Acceptance within 60 days after Go-Live.
P:4.2 If the Vendor misses either date for reasons attributable to it, it shall pay delay damages of 0.1% of the total price for each day of delay, up to 10% of the total price.
H:Article 5 Acceptance
P:5.1 Final Acceptance criteria: stock on hand reconciles with a physical count of all three cold stores with no unexplained variance; every lot can be traced from receipt to dispatch within 10 seconds; ERP and weighbridge interfaces run for 20 consecutive working days without a lost message; all reports in the specification are delivered; no open Severity 1 or Severity 2 defect.
P:5.2 The Customer tests against these criteria and signs a Final Acceptance Certificate or lists the failures. Go-Live, productive use or payment is not Final Acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the software and the implementation conform to the specification for 24 months after Final Acceptance and will correct any non-conformity free of charge.
P:6.2 Severity 1 (no receipts or dispatches possible in a cold store): response within 1 hour, workaround within 8 hours. Severity 2: response within 8 business hours.
P:6.3 For each hour by which a Severity 1 response is late the Vendor credits CNY 800 against the next invoice or support fee.
P:6.4 After the warranty the Customer may buy annual support at 11% of the licence subtotal, being CNY 75,240 per year, fixed for three years after the warranty. Support is ordered by separate purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 ColdTrack remains the property of the Vendor.
P:7.2 Interfaces, reports, configurations and migration scripts made for the Customer belong to the Customer on payment, with source code delivered, and the Customer may use, modify and license them freely.
H:Article 8 Customer Data
P:8.1 All stock, lot, customer and temperature data belong to the Customer and may be used by the Vendor only to perform this Agreement.
P:8.2 The software is hosted on the Customer's servers in Qingdao. Remote access by the Vendor requires the Customer's approval for each session, through VPN with multi-factor authentication, and no data may be copied outside the Customer's systems.
P:8.3 The Vendor shall report any security incident within 12 hours and is liable for loss caused by a breach of this Article by it or its staff.
H:Article 9 Confidentiality
P:Each party shall keep the other's confidential information secret and use it only for this Agreement, during the Agreement and for three years after it ends.
H:Article 10 Liability
P:The Vendor's total liability under this Agreement is limited to 200% of the total price, except for breach of Articles 8 and 9, personal injury and wilful misconduct.
H:Article 11 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent.
H:Article 12 Termination
P:The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after notice.
H:Article 13 Governing Law and Disputes
P:This Agreement is governed by the laws of New Zealand. Any dispute shall be finally resolved by arbitration in Auckland under the Arbitration Act 1996 of New Zealand.
"""

E02 = """# ORDER FORM — TourDesk Cloud

**Order Form No.** TD-OF-2025-118, issued under and subject to the TourDesk General Terms below.

| Item | Details |
|---|---|
| Provider | TourDesk Pty Ltd, 19 Cavenagh Street, Darwin NT 0800, Australia |
| Customer | Xiamen Lanhai International Travel Service Co., Ltd., Siming District, Xiamen, PRC |
| Service | TourDesk Cloud Enterprise: tour inventory, bookings, agent portal, supplier settlement, reporting |
| Users | 180 staff users, 400 agent logins |
| Subscription Term | two Subscription Years, from 1 October 2025 to 30 September 2027 |
| Hosting | Alibaba Cloud, Hangzhou region |

## Fees (CNY, at the Customer's request)

| Fee | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | fixed | 486,000 |
| Subscription fee, Subscription Year 2 | fixed | 486,000 |
| Onboarding (configuration, data migration, two interfaces, training) | one-time | 58,000 |
| **Total Contract Value** | | **1,030,000** |

Subscription fees are invoiced quarterly in arrears. The onboarding fee is invoiced after Onboarding Acceptance. Nothing is payable before the Service Start Date.

Signed for the Provider: ____________  Signed for the Customer: ____________  Date: 15 September 2025

# GENERAL TERMS

## 1. Definitions

1.1 "Customer Data" means all data entered into or generated in the Service by or for the Customer, including traveller personal information, bookings and supplier rates.

1.2 "Service Start Date" is 1 October 2025.

## 2. Onboarding

2.1 The Provider shall complete onboarding by 15 November 2025.

2.2 Onboarding Acceptance criteria: the Customer's 2,600 active tour products and open bookings are migrated and reconciled with no difference; the accounting and airline-ticketing interfaces pass the agreed test scripts; 200 concurrent users receive search results within 3 seconds; all key users are trained.

2.3 The Customer signs an Onboarding Acceptance Certificate when the criteria are met. Use of the Service in production does not by itself mean acceptance.

2.4 If onboarding is late for reasons attributable to the Provider, the Provider pays CNY 1,200 for each day of delay.

## 3. Service Levels

3.1 Monthly availability of the production Service: 99.95%, excluding maintenance announced 72 hours in advance and performed between 00:00 and 06:00 Beijing time.

3.2 Priority 1 (Service unavailable or bookings cannot be made): response within 1 hour, restoration within 6 hours. Priority 2: response within 8 business hours.

3.3 Service credits: 5% of the monthly fee for each 0.1 percentage point below the availability level, up to 50% of that month's fee; 2% of the monthly fee for each hour a Priority 1 restoration is late.

## 4. Customer Data

4.1 Customer Data belongs to the Customer.

4.2 The Provider may use Customer Data in aggregated and de-identified form to improve the Service, to prepare industry benchmarks and to develop new products, during and after the Subscription Term.

## 5. Security

5.1 The Provider keeps Customer Data in mainland China, maintains MLPS level 3 filing and ISO 27001 certification, encrypts personal information at rest and in transit, and limits staff access under least privilege with logged access.

5.2 The Provider notifies the Customer within 12 hours after becoming aware of a security incident, cooperates in notifying authorities, and is liable for losses caused by an incident for which it is responsible.

## 6. Customer Configurations

Workflows, templates, reports and interface mappings made for the Customer belong to the Customer, and the Customer may use, modify and let third parties use them.

## 7. Confidentiality

Each party keeps the other's confidential information secret, uses it only for this Order Form and protects it with reasonable care, during the term and for three years after.

## 8. Subcontracting

The Provider shall not subcontract any part of the Service, other than the named hosting provider, without the Customer's prior written consent.

## 9. Liability

The Provider's total liability under this Order Form is limited to the fees paid by the Customer in the six months preceding the event giving rise to the claim.

## 10. Term and Termination

10.1 The Order Form ends at the end of the Subscription Term. Renewal requires a new order form at fees agreed in writing.

10.2 Either party may terminate by written notice if the other commits a material breach and does not remedy it within 30 days after notice.

## 11. Governing Law

This Order Form is governed by the laws of the People's Republic of China. Disputes are submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing.
"""

E03 = """T:SUPPLY AND INSTALLATION CONTRACT — PLANTATION SENSOR NETWORK
P:Contract No. PE-TEA-2025-07
P:Buyer: Yunnan Pu'er Yunwu Tea Estate Co., Ltd., Simao District, Pu'er, Yunnan, PRC (the "Buyer").
P:Supplier: Norfolk Field Instruments Pty Ltd, Taylors Road, Burnt Pine, Norfolk Island 2899 (the "Supplier").
P:Recitals. (A) The Buyer grows and processes tea on 1,100 hectares in four hill blocks and wants soil moisture and weather data to schedule irrigation and frost protection. (B) The Supplier makes and installs field sensor networks. (C) The parties therefore agree as follows, on the Buyer's standard terms; prices are in CNY.
H:1. Definitions
P:1.1 "Equipment" means the items in Clause 2, including the embedded software and the FieldView platform licence.
P:1.2 "Final Acceptance" means the Buyer's signed certificate under Clause 5.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, commission and hand over the following. The Contract Price is fixed.
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Soil moisture and temperature probe, three depths|120|2,650|318,000
TB:2|Automatic weather station with leaf-wetness sensor|6|28,400|170,400
TB:3|LoRaWAN gateway with 4G backhaul|8|9,600|76,800
TB:4|Solar power kit with battery|14|3,200|44,800
TB:5|FieldView platform licence, perpetual, on-premises|1|118,000|118,000
TB:|Equipment subtotal|||728,000
TB:6|Installation, cabling and commissioning|1|64,000|64,000
TB:7|Training of estate staff|1|8,000|8,000
TB:|Contract Price|||800,000
H:3. Payment
P:3.1 No advance payment is made.
P:3.2 65% of the Contract Price within 30 days after the Installation Certificate, which confirms delivery and installation only and is not acceptance.
P:3.3 35% of the Contract Price within 30 days after Final Acceptance.
H:4. Delivery and Delay
P:4.1 The Supplier shall complete installation within 75 days after signature.
P:4.2 For each day of delay attributable to the Supplier, the Supplier shall pay liquidated damages of 0.1% of the Contract Price, up to 10% of the Contract Price.
H:5. Acceptance
P:5.1 Acceptance criteria: all 120 probes and six stations report to FieldView at the agreed interval for 30 consecutive days with at least 98% of readings received; probe readings are within 3 percentage points of volumetric water content of the Buyer's gravimetric check at 12 sample points; frost alarms reach the duty phones within 2 minutes in a field test; all documents and spare parts are handed over.
P:5.2 The Buyer signs the Final Acceptance certificate when the criteria are met, or lists the defects. Installation, use or payment is not Final Acceptance.
H:6. Warranty and Support
P:6.1 The warranty period is 36 months from Final Acceptance. Defective Equipment is repaired or replaced free of charge, including freight.
P:6.2 During the warranty, a Severity 1 fault (a whole block or the platform without data) is answered within 2 hours and fixed on site within 48 hours.
TB:Severity|Example|Response|Restoration
TB:1|Block or platform down|2 hours|48 hours
TB:2|Single station down|8 business hours|5 business days
TB:3|Single probe faulty|2 business days|next planned visit
P:6.3 For each hour of late response or restoration of a Severity 1 fault the Supplier credits CNY 400.
P:6.4 After the warranty the Buyer may order annual support at 7% of the Equipment subtotal, CNY 50,960 per year, fixed for two years, by purchase order; there is no automatic renewal.
H:7. Data
P:7.1 All field data, maps and reports belong to the Buyer and may be used by the Supplier only to perform this Contract.
P:7.2 FieldView runs on the Buyer's server. Remote access needs the Buyer's approval for each session; the Supplier keeps no copies and follows the PRC Data Security Law.
P:7.3 The Supplier reports any security incident within 24 hours and is liable for losses caused by its breach of this Clause.
H:8. Intellectual Property
P:8.1 The Supplier keeps the rights in its products and licenses the embedded software and FieldView to the Buyer perpetually.
P:8.2 Dashboards, alarm rules and irrigation models configured for the Buyer belong to the Buyer, which may modify and use them freely.
H:9. Confidentiality
P:Each party keeps the other's non-public information confidential and uses it only for this Contract, for three years after completion.
H:10. Liability
P:The Supplier's total liability is limited to 150% of the Contract Price, except for personal injury and breach of Clauses 7 and 9.
H:11. Subcontracting
P:The Supplier shall not subcontract without the Buyer's prior written consent.
H:12. Termination
P:The Buyer may terminate by written notice if the Supplier commits a material breach and does not cure it within 15 days after notice.
H:13. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes go to the Kunming Arbitration Commission.
"""

E04 = """# MANAGED DIGITAL SIGNAGE SERVICE AGREEMENT

Agreement No. RSM-CD-2025-33

**Customer:** Chengdu Laomatou Hotpot Catering Management Co., Ltd., Jinjiang District, Chengdu, PRC ("Customer")

**Provider:** Rarotonga Screen Media Limited, Main Road, Avarua, Rarotonga, Cook Islands ("Provider")

The Customer runs 52 hotpot restaurants and wants menu boards, queue screens and promotion screens to be installed, operated and refreshed as one managed service. The Provider supplies such services and will do so on these terms. Charges are in CNY at the Customer's request.

## SECTION 1 SERVICE

1.1 The Provider provides, installs and keeps in service 208 screens (four per restaurant) with media players, owns all equipment, runs the central content platform, schedules content, and attends to faults.

1.2 Content services include: loading menu and price changes sent by the Customer's marketing department by 16:00 on the same day; preparing up to eight promotion loops per month from the Customer's materials; publishing seasonal menus on the dates the Customer sets; and a monthly report on screen uptime, faults and content changes for each restaurant.

1.3 Field services include installing brackets and power points where the Customer's landlord permits, replacing faulty screens and players from the Provider's stock in Chengdu, and moving screens when a restaurant is refurbished, with up to six moves a year included.

1.4 The Initial Term is 24 months from the Service Commencement Date, 1 November 2025.

## SECTION 2 CHARGES

2.1 The charges are set out in Schedule 1. The Total Contract Value for the Initial Term is CNY 1,200,000.

2.2 The Set-up Charge is invoiced after Service Acceptance. The Monthly Service Charge is invoiced monthly in arrears. No charge is payable in advance.

## SECTION 3 ROLL-OUT AND ACCEPTANCE

3.1 The Provider shall complete roll-out in all 52 restaurants within 60 days after signature.

3.2 Service Acceptance criteria: every screen shows the scheduled content for 7 consecutive days; menu price changes published centrally appear in all restaurants within 10 minutes; queue screens read the Customer's queuing system in real time; the fault portal and reports work.

3.3 The Customer signs a Service Acceptance Certificate when the criteria are met. Installation alone is not acceptance.

3.4 If roll-out is late for reasons attributable to the Provider, the Provider pays CNY 900 per day of delay.

## SECTION 4 SERVICE LEVELS

4.1 The service levels and credits are in Schedule 2.

4.2 Credits are deducted from the next invoice.

## SECTION 5 CUSTOMER CONTENT

5.1 Menus, prices, images, videos and brand materials supplied by the Customer ("Customer Content") remain the property of the Customer and are used by the Provider only to provide the service.

5.2 Content templates and layouts designed for the Customer belong to the Customer, which may use and modify them freely, also with another provider.

## SECTION 6 CONFIDENTIALITY

Each party keeps confidential the non-public information of the other, including unpublished menus, prices and promotions, and uses it only for this Agreement, for two years after it ends.

## SECTION 7 RENEWAL

7.1 After the Initial Term this Agreement renews automatically for successive renewal terms of six months unless either party gives 60 days' written notice.

7.2 For each renewal term the Provider may increase the Monthly Service Charge by up to 7% by notice given 30 days before the renewal term starts.

## SECTION 8 LIABILITY

The Provider's total liability is limited to 150% of the Total Contract Value, except for personal injury and wilful misconduct.

## SECTION 9 SUBCONTRACTING

The Provider shall not subcontract installation or maintenance without the Customer's prior written consent.

## SECTION 10 TERMINATION

The Customer may terminate by written notice if the Provider commits a material breach and fails to remedy it within 20 days after notice.

## SECTION 11 LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Disputes go to the Chengdu Arbitration Commission.

## SCHEDULE 1 CHARGES

| Charge | Basis | CNY |
|---|---|---|
| Set-up Charge (208 screens, players, installation, content migration) | one-time | 84,000 |
| Monthly Service Charge | 24 x 46,500 | 1,116,000 |
| Total Contract Value | | 1,200,000 |

## SCHEDULE 2 SERVICE LEVELS

| Priority | Definition | Response | Restoration | Credit |
|---|---|---|---|---|
| P1 | content platform down, or all screens in a restaurant dark | 1 hour | 8 hours | 3% of the Monthly Service Charge per late hour |
| P2 | one screen dark or wrong content | 8 business hours | 2 business days | CNY 200 per late day |

| Measure | Level | Credit |
|---|---|---|
| Content platform availability per month | 99.95% | 5% of the Monthly Service Charge for each 0.1 point below |
"""

E05 = """MARINE WEATHER DATA API SUBSCRIPTION AGREEMENT

Agreement No. TMD-API-2025-04

BETWEEN
(1) Zhanjiang Nanhai Blue Bay Aquaculture Co., Ltd., Xiashan District, Zhanjiang, Guangdong, PRC (the "Customer"); and
(2) Tonga Marine Data Limited, Taufa'ahau Road, Nuku'alofa, Kingdom of Tonga (the "Provider").

BACKGROUND
The Customer farms fish in sea cages off western Guangdong and runs a small fleet of feed and harvest vessels. It wishes to draw marine weather forecasts, wave and current data into its own farm dashboard. The Provider operates the OceanCast data API. Fees are priced in CNY.

1. SUBSCRIPTION
1.1 The Provider grants the Customer a non-exclusive, non-transferable right to call the OceanCast API (forecast, wave, current, sea-surface temperature and storm-track endpoints) for the sea area between 105 and 115 degrees East and 17 and 23 degrees North, and to use and display the data within its own business.
1.2 The Subscription Term is two Subscription Years, from 1 December 2025 to 30 November 2027.
1.3 The allowance is 3 million calls per Subscription Year. Calls above the allowance are charged at CNY 0.02 per call.

2. FEES AND PAYMENT
2.1 The Subscription Fee is CNY 268,000 per Subscription Year, CNY 536,000 for the Subscription Term. There is no set-up fee.
2.2 The Subscription Fee for each Subscription Year is invoiced at its start and payable within 30 days after invoice.

3. ONBOARDING AND ACCEPTANCE
3.1 The Provider issues API keys and a test environment within 10 days after signature and builds one custom endpoint that returns the forecast for each of the Customer's 36 cage sites in a single call.
3.2 Integration Acceptance criteria: all endpoints in the API documentation return valid data for the Customer's area for 14 consecutive days; the custom endpoint returns all 36 sites; forecast fields match the documentation; storm-track warnings are delivered by webhook in a test.
3.3 The Customer signs an Integration Acceptance note when the criteria are met.

4. SERVICE
4.1 The Provider will use reasonable efforts to keep the API available and to fix faults promptly. Support is by e-mail during Tonga business hours.
4.2 The Provider gives 7 days' notice of planned changes to endpoints.
4.3 The Provider publishes release notes for each change to the data models, keeps the previous version of a changed endpoint running for at least 90 days, and answers the Customer's technical questions by e-mail, normally on the next Tonga business day.
4.4 The Customer is responsible for its own network connection, for keeping its API keys secret and for the way it displays the data to its staff and vessel crews. Forecasts are guidance for planning and do not replace official warnings issued by the China Meteorological Administration or the maritime authorities, which the Customer's staff shall continue to follow.

5. CUSTOMER DATA AND SECURITY
5.1 Site coordinates, vessel positions and query logs supplied by the Customer ("Customer Data") belong to the Customer and are used by the Provider only to provide the service.
5.2 The Provider encrypts Customer Data in transit and at rest, limits access to named engineers with logged access, and deletes Customer Data within 30 days after the end of the Subscription Term.
5.3 The Provider notifies the Customer of any security incident affecting Customer Data within 48 hours and is liable for losses caused by an incident for which it is responsible.

6. INTELLECTUAL PROPERTY
6.1 The OceanCast data and API remain the Provider's property.
6.2 The custom endpoint specification and the Customer's dashboards and reports belong to the Customer, which may use and modify them freely.

7. LIABILITY
The Provider's total liability under this Agreement is limited to 200% of the total Subscription Fees for the Subscription Term.

8. SUBCONTRACTING
The Provider shall not subcontract any part of the service without the Customer's prior written consent, other than its cloud hosting provider named in the API documentation.

9. TERM AND TERMINATION
9.1 This Agreement ends at the end of the Subscription Term; any renewal requires a new written agreement.
9.2 Either party may terminate by written notice if the other commits a material breach and does not remedy it within 30 days after notice. On termination by the Customer the Provider refunds the unused part of the prepaid Subscription Fee.

10. GOVERNING LAW
This Agreement is governed by the laws of the People's Republic of China. Disputes are submitted to the Guangzhou Arbitration Commission.

SIGNED for the Customer: ________________   Date: ____________
SIGNED for the Provider: ________________   Date: ____________
"""

PAD_ZH = [
    "不可抗力：因地震、洪水、疫情等不能预见、不能避免且不能克服的客观情况致使一方不能按期履行的，该方应在事件发生后3日内通知对方，并在15日内提供有关证明，履行期限相应顺延，双方协商后续安排。",
    "通知与送达：本合同项下的通知应以书面形式按合同首页地址或双方确认的电子邮箱送达。任何一方变更联系地址或联系人的，应提前5日书面通知对方，否则按原地址送达即视为已送达。",
    "廉洁约定：双方应遵守廉洁从业规定，任何一方不得向对方工作人员提供回扣、礼金、有价证券或其他不正当利益，不得安排可能影响公正履约的宴请和娱乐活动。发现违反的，可向对方纪检或监察部门反映。",
    "项目联络人：双方各指定一名项目联络人，负责日常沟通、进度协调和文件签收。联络人变更应提前书面通知对方。双方每月至少召开一次工作例会，会议纪要经双方签字后作为履约记录。",
    "合同变更：任何一方提出需求或范围变更的，应书面提出并说明对费用和工期的影响，经双方书面确认后方可实施。未经书面确认的变更，对方有权拒绝执行。",
    "发票与税费：乙方应按国家税收规定开具增值税发票。因国家税率调整导致税额变化的，不含税价格保持不变，按开票时适用的税率计算含税金额。各方依法各自承担应缴纳的税费。",
    "现场管理：乙方人员进入甲方场所应遵守甲方的安全、消防、卫生及门禁管理制度，服从甲方现场管理人员的安排，因乙方人员违反规定造成人身或财产损害的，由乙方负责。",
    "文件交付：乙方应随项目进度向甲方交付技术方案、安装记录、测试记录、用户手册和培训材料的纸质版及电子版各一套，文件应使用中文编写，并保证内容与实际情况一致。",
    "合同文件优先顺序：本合同正文、补充协议、附件及双方确认的会议纪要共同构成本合同。各文件内容不一致的，以签署日期在后的书面文件为准；同一日期的，以本合同正文为准。",
    "人员资质：乙方派出的技术人员应具备与岗位相适应的专业能力，甲方认为乙方人员不能胜任工作的，可书面要求更换，乙方应在7日内安排合格人员接替，更换不得影响工作进度。",
    "培训要求：乙方应按双方确认的培训计划组织培训，培训前提交培训大纲，培训后组织考核并提交签到表和考核记录。考核不合格的人员，乙方应免费安排补训。",
    "权利转让：未经对方书面同意，任何一方不得将本合同项下的权利或义务转让给第三方。",
    "档案管理：双方应妥善保存与本合同履行有关的往来函件、会议纪要、测试记录和验收文件，保存期限不少于合同履行完毕后三年，以备审计和核查。",
    "环境保护：乙方在甲方场所作业时应做好防尘、降噪和废弃物清理，拆除的旧设备、包装材料按甲方要求分类堆放或运离，不得随意丢弃。",
    "知识转移：乙方应安排技术人员向甲方指定人员讲解系统架构、日常操作和常见问题处理方法，并提交问题处理手册，使甲方人员能够独立完成日常操作和一般故障排查。",
    "其他未尽事宜：本合同未尽事宜，由双方本着诚实信用原则友好协商，并可签订书面补充协议，补充协议与本合同具有同等法律效力。",
]
PAD_EN = [
    "Notices. Notices under this Agreement shall be in writing and delivered by hand, by courier or by e-mail to the addresses on the first page or to another address notified in writing. A notice sent by e-mail is received when the sender receives no delivery failure message and the recipient acknowledges it.",
    "Force Majeure. Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disaster, epidemic or government action, provided it notifies the other party within five business days, describes the event and its likely effect, and takes reasonable steps to reduce the delay. The affected dates are extended by the period of the event.",
    "Anti-Bribery. Each party shall comply with the anti-bribery and anti-corruption laws that apply to it and shall not offer or give any payment, gift or other benefit to any employee of the other party in order to obtain or keep business. Each party shall report any request for such a benefit to the other party's compliance officer.",
    "Project Contacts. Each party names a project contact who is responsible for day-to-day communication, approvals and the acceptance of documents. The contacts meet at least once a month during implementation and keep short written minutes, which both contacts sign.",
    "Change Control. Either party may request a change to the scope by a written change request describing the change and its effect on price and timetable. No change is binding until both parties have signed the change request.",
    "Invoices and Taxes. Invoices shall be official PRC VAT invoices or, where the Customer agrees, commercial invoices accompanied by the documents needed for tax filing. Each party bears its own taxes as required by law. Bank charges of the paying bank are borne by the payer and those of the receiving bank by the payee.",
    "Personnel. The personnel assigned by the supplying party shall be suitably qualified and shall follow the site rules of the Customer, including safety, hygiene and access rules. The Customer may ask in writing for the replacement of any person who does not meet these requirements, and the replacement shall be made within ten business days.",
    "Documentation. All manuals, test records, training materials and handover documents shall be delivered in Chinese or in English with a Chinese translation, in electronic form and as one printed set, and shall describe the system as actually delivered.",
    "Assignment. Neither party may assign this Agreement or any right under it without the prior written consent of the other party, except that the Customer may assign it to an affiliate that takes over the relevant business.",
    "Entire Agreement and Amendments. This document and its schedules are the entire agreement of the parties on its subject and replace earlier proposals. Amendments are valid only if made in writing and signed by authorised representatives of both parties.",
    "Severability and Waiver. If any provision is held invalid, the rest remains in force and the parties replace the invalid provision with a valid one of similar effect. A failure or delay in exercising a right is not a waiver of it.",
    "Counterparts and Language. This document may be signed in counterparts, including by scanned signature. It is written in English; where a Chinese translation is prepared for the Customer's records, the English text prevails.",
    "Insurance. The supplying party maintains public liability insurance and employer's liability insurance with reputable insurers for amounts adequate to its obligations, and provides certificates of insurance on request.",
    "Records and Audit. The supplying party keeps complete records of the work performed and the time spent under this document for three years after completion and makes them available to the Customer on reasonable notice.",
    "Export Control. Each party complies with the export control and sanctions laws that apply to it. The supplying party confirms that no licence is needed for the delivery of the products or services to the Customer in the PRC and will tell the Customer promptly if that changes.",
    "Publicity. Neither party may use the name or logo of the other party in advertising or on a reference list without the other party's prior written approval, which may be withdrawn at any time by notice.",
    "Costs. Each party bears its own costs of negotiating and signing this document. Stamp duty payable in the PRC, if any, is borne by each party as required by law.",
]

# key: (source, file name, lang, ext, marker before which the extra ordinary clauses go, heading line, item format)
DOCS = {
    "z01": (Z01, "h522z01_education_bureau_smart_campus_platform.pdf", "zh", "pdf", "H:第十五条 其他", "H:第十五条 一般约定", "P:15.{n} {t}"),
    "z02": (Z02, "h522z02_timber_kiln_control_retrofit.docx", "zh", "docx", "H:十三、其他", "H:十三、一般约定", "P:（{cn}）{t}"),
    "z03": (Z03, "h522z03_beauty_chain_membership_saas.txt", "zh", "txt", "12. 其他", "12. 一般约定", "12.{n} {t}"),
    "z04": (Z04, "h522z04_fire_rescue_dispatch_om_service.txt", "zh", "txt", "第十四条 其他", "第十四条 一般约定", "（{n}）{t}"),
    "z05": (Z05, "h522z05_fermented_tofu_traceability_supplier_template.md", "zh", "md", "## 第十三条 其他", "## 第十三条 一般约定", "13.{n} {t}"),
    "e01": (E01, "h522e01_nz_cold_store_wms_licence.pdf", "en", "pdf", "H:Article 13 Governing Law", "H:Article 14 General", "P:14.{n} {t}"),
    "e02": (E02, "h522e02_nt_tour_booking_saas_order_form.md", "en", "md", "## 11. Governing Law", "## 11. General", "11.{n} {t}"),
    "e03": (E03, "h522e03_norfolk_tea_estate_sensor_network.docx", "en", "docx", "H:13. Governing Law", "H:13. General", "P:13.{n} {t}"),
    "e04": (E04, "h522e04_cook_islands_managed_signage_service.md", "en", "md", "## SECTION 11 LAW", "## SECTION 11 GENERAL", "11.{n} {t}"),
    "e05": (E05, "h522e05_tonga_marine_weather_data_api.txt", "en", "txt", "10. GOVERNING LAW", "10. GENERAL PROVISIONS", "10.{n} {t}"),
}
CN = "一二三四五六七八九十"
RANGE = {"zh": (2750, 3000), "en": (1450, 1650)}


def renumber(src, key):
    """the section after the inserted one keeps its name but moves one number up"""
    bump = {"z01": ("第十五条 其他", "第十六条 其他"), "z02": ("十三、其他", "十四、其他"), "z03": ("12. 其他", "13. 其他"),
            "z04": ("第十四条 其他", "第十五条 其他"), "z05": ("第十三条 其他", "第十四条 其他"),
            "e01": ("Article 13 Governing", "Article 15 Governing"), "e02": ("11. Governing Law", "12. Governing Law"),
            "e03": ("13. Governing Law", "14. Governing Law"), "e04": ("SECTION 11 LAW", "SECTION 12 LAW"),
            "e05": ("10. GOVERNING LAW", "11. GOVERNING LAW")}[key]
    return src.replace(bump[0], bump[1])


def with_pad(key, k):
    src, name, lang, ext, marker, head, fmt = DOCS[key]
    if k == 0:
        return src
    pool = PAD_ZH if lang == "zh" else PAD_EN
    sep = "\n\n" if ext in ("md", "txt") else "\n"
    items = [fmt.format(n=i + 1, cn=CN[i] if i < 10 else str(i + 1), t=t) for i, t in enumerate(pool[:k])]
    block = sep.join([head] + items) + sep
    assert marker in src, (key, marker)
    i = src.index(marker)
    return src[:i] + block + renumber(src[i:], key)


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" ".join(c.text for c in r.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def measure(text, lang):
    return len(text) if lang == "zh" else len(text.split())


def build(key, src):
    _, name, lang, ext, *_ = DOCS[key]
    path = OUT / name
    if ext in ("docx", "pdf"):
        from word_pdf import write
        write({key: src}, {key: (name, ext)}, OUT, wrap_words=True)
    else:
        path.write_text(src, encoding="utf-8")
    return read_back(path)


def build_all():
    sys.path.insert(0, str(OUT.parent))
    final = {}
    for key, (src, name, lang, ext, *_r) in DOCS.items():
        lo, hi = RANGE[lang]
        pool = PAD_ZH if lang == "zh" else PAD_EN
        for k in range(0, len(pool) + 1):
            s = with_pad(key, k)
            text = build(key, s)
            n = measure(text, lang)
            if n >= lo:
                break
        assert lo <= n <= hi, (key, n, k)
        final[key] = (s, text, n, k)
    return final

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# values in KEYS order, then extra: sla_clause, ld_stated, capped (goods only), deemed, value, category, fee_base
LAB = {
    "z01": ([99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8, False, True, False, "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=2180000), "software", 1280000),
    "z02": ([None, 2, True, "buyer", True, True, True, 0.1, None, 20, True, True, 18, 25, False, True, True, "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=950000), "hardware", 869000),
    "z03": ([99.5, 0.25, True, "buyer", True, True, False, 1500 / 1874000 * 100, 200, None, True, None, None, None, True, True, False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1874000), "cloud", None),
    "z04": ([99.99, 0.25, True, "buyer", True, True, True, 0.02, None, None, True, None, None, None, False, False, False, None, S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1186000), "services", None),
    "z05": ([None, 8, False, "supplier", True, False, True, 0.01, 20, 50, False, False, 6, None, False, True, None, "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True, contract_value=840000), "software", 368000),
    "e01": ([None, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 24, 11, False, True, False, "New Zealand", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=958000), "software", 684000),
    "e02": ([99.95, 1, True, "buyer", True, False, True, 1200 / 1030000 * 100, 6 / 24 * 100, None, True, None, None, None, False, True, False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1030000), "cloud", None),
    "e03": ([None, 2, True, "buyer", True, True, True, 0.1, 150, None, True, True, 36, 7, False, True, False, "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=800000), "hardware", 728000),
    "e04": ([99.95, 1, True, "buyer", False, True, True, 900 / 1200000 * 100, 150, None, True, None, None, None, True, True, False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1200000), "services", None),
    "e05": ([None, None, False, "buyer", True, True, False, None, 200, None, True, None, None, None, False, True, False, "PRC", S],
            dict(sla_clause=False, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=536000), "cloud", None),
}
DESIGN = {
    "z01": [], "e03": [], "e01": ["CR-GOVERNING-LAW"],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-LD-LOW", "CR-TERMINATION"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e02": ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"],
    "e04": ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY"],
    "e05": ["CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}


def tco_share(t, x, base):
    """policy §4: horizon 5 years from acceptance, post-warranty years = 5 - warranty years, fee base = itemised subtotal"""
    if t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    post = years * t["post_warranty_fee_pct"] / 100 * base
    return post / (x["contract_value"] + post) * 100


def my_rules(t, x, base):
    r = set()
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
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        sh = tco_share(t, x, base)
        if sh is not None and sh > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):  # every forum in this set is in mainland China except e01's Auckland
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


THRESH = [
    r"99\.9(?!\d)", r"(?<![\d.])4\s*(小时|个小时|hours?\b|-hour)", r"四个?小时", r"\bfour[\s-]hours?\b", r"(?<!\d)240\s*分钟",
    r"(?<![\d.])0\.05\s*%", r"万分之五(?!十)", r"百分之零点零五", r"(?<![\d.])100\s*%", r"百分之百", r"one hundred per\s*cent",
    r"(?<![\d.])30\s*%", r"百分之三十", r"三成", r"thirty per\s*cent", r"(?<![\d.])12\s*(个月|months?\b)", r"十二个月",
    r"\btwelve months\b", r"(?<![第每])一年(?!级)", r"\bone year\b", r"(?<![\d.])15\s*%", r"百分之十五", r"fifteen per\s*cent",
    r"(?<![\d.])40\s*%", r"百分之四十", r"四成", r"forty per\s*cent", r"(?<![\d.])5\s*年", r"五年", r"\bfive years\b",
    r"(?<![\d.])60\s*months\b", r"六十个月",
]
THRESH_RE = re.compile("|".join(THRESH), re.I)
MUST_HIT = ["99.9%", "4小时", "4 小时", "四小时", "four hours", "240分钟", "0.05%", "万分之五", "100%", "百分之百", "30%", "三成",
            "12个月", "十二个月", "twelve months", "一年", "one year", "15 %", "40%", "四成", "5年", "五年", "five years",
            "60 months", "4 hours", "百分之三十"]
MUST_MISS = ["24小时", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "14小时", "140%", "1.5年",
             "48 hours", "24 months", "0.505%", "130%", "112 months", "2 percentage points"]


def self_test():
    for s in MUST_HIT:
        assert THRESH_RE.search(s), s
    for s in MUST_MISS:
        assert not THRESH_RE.search(s), s


def scan(text):
    hits = []
    for v in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in THRESH_RE.finditer(v)]
    return hits


def label(key, n):
    vals, extra, cat, base = LAB[key]
    t = dict(zip(KEYS, vals))
    x = dict(extra)
    rules = my_rules(t, x, base)
    assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
    return {"file": DOCS[key][1], "language": DOCS[key][2], "category": cat, "expected_terms": t, "expected_extra": x,
            "expected_rules": rules}


if __name__ == "__main__":
    self_test()
    final = build_all()
    covered = set()
    for key, (src, text, n, k) in final.items():
        lab = label(key, n)
        covered |= set(lab["expected_rules"])
        for v in (src, text):
            h = scan(v)
            assert not h, (key, h)
        t, x, base = lab["expected_terms"], lab["expected_extra"], LAB[key][3]
        for f in ("availability_pct", "p1_response_hours", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
                  "warranty_months", "post_warranty_fee_pct"):
            assert t[f] not in (99.9, 4, 0.05, 100, 30, 12, 15), (key, f)
        sh = tco_share(t, x, base) if t["contract_kind"] == G else None
        if sh is not None:
            assert abs(sh - 40) > 2, (key, sh)
        (OUT / (Path(DOCS[key][1]).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        risk = "high" if set(lab["expected_rules"]) & HIGH else ("medium" if set(lab["expected_rules"]) - {"CR-GOVERNING-LAW"} else "low")
        print(key, DOCS[key][1], DOCS[key][2], n, "pad", k, "tco", None if sh is None else round(sh, 2), risk, lab["expected_rules"])
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    print("all 20 rules covered")
