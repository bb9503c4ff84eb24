"""holdout526: builds the ten contracts (.txt/.md written as is, .docx/.pdf via ../word_pdf.py), writes the ten labels,
measures the read-back lengths, scans every text for threshold figures and checks the expected rules against the design.
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = r"""
T:市政务服务管理局“一网通办”平台软件许可及定制开发合同
P:合同编号：HZZW-2026-CG-017　　采购方式：公开招标（政府采购）
P:甲方（采购人）：河州市政务服务管理局　　地址：河州市行政中心东楼
P:乙方（供应商）：江禾数智科技股份有限公司　　地址：南京市雨花台区软件大道118号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，双方就甲方“一网通办”平台软件许可及定制开发项目，经协商一致订立本合同。招标文件、投标文件及中标通知书为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供“一网通办”政务服务平台软件（V5.0）永久使用许可，部署于河州市政务云，用户数及事项数不作限制。
P:1.2 乙方按甲方需求完成定制开发：高频事项“一件事”联办流程（不少于26项）、电子证照调用模块、好差评对接、领导驾驶舱及统计报表。
P:1.3 乙方完成与省统一身份认证、省电子证照库、市数据共享交换平台等9个系统的接口对接，并负责部署实施、数据初始化及培训。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰柒拾贰万元整（¥2,720,000），含税，包含下列各项：平台软件许可费¥1,260,000；定制开发费¥980,000；接口对接费¥356,000；部署实施及培训费¥124,000。
P:2.2 合同总价为固定价格，除甲方书面变更需求外不作调整。
H:第三条 付款方式
P:3.1 本合同签订且乙方提交等额银行保函后15个工作日内，甲方支付合同总价的20%作为预付款，即¥544,000。
P:3.2 系统通过初步验收后，甲方支付合同总价的45%，即¥1,224,000。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，即¥952,000。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。
H:第四条 交付期限
P:4.1 乙方应于合同签订后150日内完成部署及定制开发并提交初步验收申请。
P:4.2 初步验收合格后进入试运行期90日，试运行期满后10个工作日内组织最终验收。
H:第五条 验收
P:5.1 初步验收标准：招标文件所列功能全部实现；26项联办事项在测试环境全流程办结；9个接口联调通过，数据交换准确率经甲方抽检无差错；在1,000个并发用户下页面响应不超过2秒。
P:5.2 最终验收标准：试运行期内无一级故障，二级故障均在约定时限内修复；第三方测评机构出具的安全测评报告及商用密码应用安全性评估报告结论合格；技术文档、源代码及操作手册交付齐全。
P:5.3 验收由甲方组织，邀请专家参加，签署书面验收报告。系统上线运行或甲方付款均不视为验收合格。
H:第六条 质保与维护
P:6.1 质保期为最终验收合格之日起三十六个月。质保期内乙方免费提供缺陷修复、版本升级及技术支持。
P:6.2 质保期满后，如甲方续购维护服务，年度维护费不超过平台软件许可费的8%（即每服务年度不超过¥100,800），该费率在质保期满后三个服务年度内不上调。维护服务由双方另行签订合同，不自动续期。
H:第七条 服务水平
P:7.1 平台月可用率不低于99.95%，计划内维护须提前3个工作日经甲方同意，不计入不可用时间。
P:7.2 一级故障（平台整体不可用或核心事项无法办理）：乙方30分钟内响应，2小时内恢复；二级故障：1小时内响应，8小时内修复。
P:7.3 乙方每超过上述响应或恢复时限1小时，甲方可扣减¥2,000；月可用率每低于约定值0.01个百分点，扣减¥3,000。扣减款从应付款或履约保证金中扣除。
H:第八条 知识产权
P:8.1 平台软件原有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 定制开发形成的程序、源代码、接口程序、报表及文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。乙方应在最终验收时交付全部源代码。
H:第九条 数据安全
P:9.1 平台处理的政务数据及个人信息归甲方所有，乙方不得用于本合同以外的任何目的，不得留存或向第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求，通过堡垒机访问生产环境，操作全程留痕；发生数据泄露或安全事件，乙方应在1小时内报告甲方并采取处置措施。
P:9.3 因乙方原因造成数据泄露、丢失或被篡改的，乙方承担全部赔偿责任及由此产生的行政责任。
H:第十条 保密
P:10.1 乙方及其人员对履约中知悉的甲方工作秘密、系统配置及未公开信息负有保密义务，未经甲方书面同意不得披露。保密义务在本合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交验收申请的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 乙方交付内容经两次验收仍不合格的，甲方有权解除合同，乙方退还已收款项并按合同总价的10%支付违约金。
P:11.3 甲方逾期付款的，按逾期金额每日万分之二支付违约金，但因财政资金拨付程序造成的延迟除外。
H:第十二条 分包与转让
P:12.1 乙方不得转包本项目。确需将非主体、非关键性工作分包的，须事先取得甲方书面同意，并对分包方的工作承担全部责任。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的无法实现的，任何一方可解除合同。
H:第十四条 适用法律与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条之一 项目管理与培训
P:14A.1 乙方应组建不少于8人的项目团队，项目经理须具备同类政务平台项目经验，未经甲方书面同意不得更换。乙方每周向甲方提交项目周报，说明进度、问题及风险。
P:14A.2 乙方应为甲方窗口人员、审批人员及系统管理员分别组织培训，累计不少于10场，并提供操作手册和培训视频。
P:14A.3 乙方应在签约后10个工作日内向甲方提交合同总价5%的履约保证金，最终验收合格后无息退还。
P:14A.4 双方应遵守廉洁自律规定，乙方不得向甲方工作人员提供任何形式的不正当利益。
P:14A.5 乙方应配合甲方接受财政、审计等部门的监督检查，如实提供项目资料。
P:14A.6 乙方应遵守政务云管理规定，不得擅自在政务云上部署与本项目无关的程序。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方两份，经双方签字盖章后生效。
P:15.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：河州市政务服务管理局　　　　乙方（盖章）：江禾数智科技股份有限公司
P:法定代表人或授权代表：　　　　　　　　　　法定代表人或授权代表：
P:日期：2026年　月　日　　　　　　　　　　　日期：2026年　月　日
"""

Z02 = r"""
T:发酵罐温控系统改造及维保合同
P:合同编号：YXJZ-SB-2026-031
P:甲方：宁夏贺兰雅溪酒庄有限公司（以下简称“甲方”）
P:乙方：银川恒控自动化工程有限公司（以下简称“乙方”）
P:鉴于甲方拟对酿造车间96只不锈钢发酵罐的温度控制系统进行自动化改造，乙方具备相应的设计、供货、安装及维保能力，双方经友好协商，订立本合同，共同遵守。
H:一、项目范围
P:（一）乙方负责发酵罐温控系统的深化设计、设备及软件供货、安装调试、系统联调及人员培训。
P:（二）改造后系统应能实现每只罐体温度的实时采集、自动调节冷媒阀门开度、超温报警、发酵曲线记录及手机端查看。
P:（三）系统软硬件清单及价格见下表：
TB:序号|名称|规格型号|数量|单价（元）|金额（元）
TB:1|铂电阻温度传感器|PT100，防爆型，含护套|96只|1,150|110,400
TB:2|电动调节阀|DN50，不锈钢阀体|96台|2,380|228,480
TB:3|PLC控制柜|含PLC、IO模块、电源及柜体|6套|46,500|279,000
TB:4|触摸屏操作终端|15英寸，IP65|6台|8,600|51,600
TB:5|发酵温控监控软件许可|永久许可，含手机端|1套|168,000|168,000
TB:软硬件小计||||||837,480
TB:6|安装调试及系统联调|含管线、桥架及辅材|1项|86,520|86,520
TB:7|操作及维护培训|不少于3次|1项|16,000|16,000
TB:合同总价||||||940,000
H:二、合同价款
P:（一）合同总价为人民币玖拾肆万元整（¥940,000），含13%增值税及运输、保险、安装等全部费用。
P:（二）上表单价在合同有效期内固定不变。
H:三、付款方式
P:（一）合同签订后10个工作日内，甲方支付合同总价的20%作为预付款，即¥188,000。
P:（二）全部设备到货并经甲方开箱清点无误后，甲方支付合同总价的35%，即¥329,000。
P:（三）系统通过最终验收后15个工作日内，甲方支付合同总价的45%，即¥423,000。
H:四、交货与工期
P:（一）乙方应于合同签订后45日内将全部设备运抵甲方酿造车间。
P:（二）为不影响当季葡萄采收及发酵，乙方应在设备到货后30日内完成安装调试，具备试运行条件。
H:五、验收
P:（一）系统试运行20日后，由甲方组织验收。验收标准为：全部96个测温点读数与甲方标准温度计比对误差不超过±0.3℃；罐温控制在设定值±0.5℃范围内；超温报警在10秒内推送至值班人员手机；发酵曲线数据完整保存；试运行期间无一级故障。
P:（二）验收合格的，双方签署验收报告；验收不合格的，乙方应在10日内整改并重新申请验收。设备安装完成或投入试运行均不视为验收合格。
H:六、质保期
P:（一）质保期为系统最终验收合格之日起十八个月。质保期内，设备及软件出现非人为故障的，乙方免费维修或更换。
P:（二）质保期内乙方每季度上门巡检一次，并在每年采收季前进行一次全面检查。
H:七、质保期满后的维保服务
P:（一）质保期满后，乙方提供年度维保服务，维保费为每服务年度按软硬件小计的25%计收，即每服务年度¥209,370，维保费在维保期内固定不变。
P:（二）年度维保服务内容包括：定期巡检、故障维修、备件更换（传感器及阀门执行器）、软件升级及远程技术支持。
P:（三）维保服务按服务年度签订，到期不自动续期，是否续签由甲方决定。
H:八、服务响应
P:（一）一级故障（控制柜停机或多罐失控）：乙方接到报修后1小时内远程响应，6小时内到达现场。
P:（二）二级故障（单罐测温或阀门异常）：2小时内响应，24小时内修复。
P:（三）乙方未在上述时限内响应或到场的，每超时1小时，甲方可从维保费或质保金中扣减¥500。
H:九、知识产权
P:（一）软件许可的原有知识产权归乙方所有，甲方享有永久使用权。
P:（二）乙方为本项目编制的控制程序、发酵工艺参数配置及接口程序归甲方所有，乙方应在验收时一并交付源程序及说明文档。
H:十、数据安全
P:（一）系统采集的温度数据、发酵曲线及工艺参数归甲方所有，乙方不得复制、留存或用于本合同以外的用途。
P:（二）乙方远程维护须经甲方同意并通过甲方指定的VPN通道进行，操作留有记录；乙方应采取防病毒、访问控制等措施保障数据安全。
P:（三）因乙方原因造成数据泄露、丢失或篡改的，乙方应承担赔偿责任。
H:十一、保密
P:乙方对在履行本合同过程中知悉的甲方酿造工艺、配方、经营信息负有保密义务，不得向任何第三方披露，该义务不因合同终止而解除。
H:十二、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:（二）甲方逾期付款的，每逾期一日，按逾期金额的万分之二向乙方支付违约金。
P:（三）设备质量不符合约定的，乙方应负责更换并承担由此产生的费用。
H:十三、分包
P:乙方不得将本项目整体转包；管线安装等辅助工作需要分包的，应事先取得甲方书面同意。
H:十四、合同解除
P:乙方严重违约且在甲方书面通知后15日内未能纠正的，甲方有权解除合同并要求乙方赔偿损失。
H:十五、适用法律与争议解决
P:本合同适用中华人民共和国法律。双方发生争议的，应协商解决；协商不成的，提交银川仲裁委员会仲裁。
H:十五之一、项目管理及现场要求
P:（一）乙方应指定一名具有自动化工程经验的项目经理，负责现场施工组织、进度协调及安全管理，项目经理变更须经甲方书面同意。
P:（二）乙方施工应服从甲方酿造车间的卫生及安全管理规定，进入发酵区人员须穿戴洁净工作服，不得在罐区动火作业；确需动火的，应办理甲方动火审批手续。
P:（三）改造施工应分批进行，每批停用发酵罐不超过16只，确保甲方正常生产不受影响。每批施工完成后，乙方应配合甲方进行单罐试运行。
P:（四）乙方应提交竣工图纸、设备说明书、控制程序备份、测温点位表及操作规程，纸质版两套、电子版一套。
P:（五）乙方应为甲方酿酒师、设备员及值班人员提供现场培训，使其能独立完成温度设定、曲线查看、报警处理及日常巡检。
H:十五之二、不可抗力
P:因地震、洪水、疫情等不可抗力导致一方不能履行合同的，该方应及时通知对方并提供证明，在不可抗力影响范围内免除责任，但应采取措施减少损失。
H:十五之三、通知与联系人
P:双方指定的联系人负责日常沟通，甲方联系人为设备部负责人，乙方联系人为项目经理。联系人变更应提前书面通知对方。双方往来的报修单、整改通知及验收文件应以书面或电子邮件方式送达，并由对方确认收到。采收季期间，乙方应保证联系人电话全天畅通。
H:十五之四、廉洁
P:乙方不得向甲方采购、设备及生产人员提供回扣、礼品或其他不正当利益。一经查实，甲方有权暂停付款并追究乙方责任。
H:十六、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：宁夏贺兰雅溪酒庄有限公司　　乙方（盖章）：银川恒控自动化工程有限公司
P:授权代表：　　　　　　　　　　　　　　　　授权代表：
P:日期：2026年　月　日　　　　　　　　　　　日期：2026年　月　日
"""

Z03 = r"""洗车门店会员及工单管理SaaS服务及实施合同

合同编号：QL-IT-2026-008

甲方：成都清澜汽车服务连锁有限公司
地址：成都市武侯区武科西五路66号

乙方：杭州驿客云信息技术有限公司
地址：杭州市滨江区江南大道3888号

甲方在成都、重庆两地经营60家洗车美容门店。为统一会员管理、储值卡、施工工单及门店排班，甲方拟订购乙方“驿客门店云”SaaS服务，并委托乙方完成实施。双方经协商一致，订立本合同。

1. 服务内容
1.1 乙方向甲方60家门店提供“驿客门店云”SaaS服务，功能包括：会员注册与等级、储值卡及套餐卡、施工工单、技师排班与提成、库存耗材、小程序预约及经营报表。
1.2 实施服务包括：历史会员及储值余额迁移（约21万条）、60家门店收银设备及扫码枪对接、与甲方财务系统的接口开发、店长及收银员培训。
1.3 服务期为三个服务年度，自上线验收合格之日起计算。

2. 费用
2.1 SaaS订阅费按门店数计收，每家门店每服务年度¥2,880，60家门店每服务年度合计¥172,800，三个服务年度合计¥518,400。
2.2 实施费为一次性费用¥68,000。
2.3 本合同总价为¥586,400（含6%增值税）。短信通知费按实际发送量另行结算，不计入合同总价。
2.4 服务期内新增门店的，按2.1约定的单价按月折算计收。

3. 付款
3.1 实施费在上线验收合格后15个工作日内支付。
3.2 订阅费按季度结算，每季度结束后15个工作日内，甲方根据乙方开具的发票支付该季度订阅费¥43,200。
3.3 乙方不向甲方收取预付款。

4. 上线与验收
4.1 乙方应于合同签订后60日内完成数据迁移、设备对接及培训，并提交上线验收申请。
4.2 验收标准：会员、储值余额及套餐次数迁移后与原系统逐条核对一致；60家门店均可正常开单、收银、核销；财务接口日结数据与门店流水一致；小程序预约下单成功率经连续7日测试无失败记录。
4.3 甲方在收到申请后10个工作日内组织验收并出具书面验收意见。门店开始使用不视为验收合格。
4.4 乙方逾期提交上线验收申请的，每逾期一日，按本合同总价的千分之一向甲方支付违约金。

5. 服务水平
5.1 乙方保证SaaS服务月可用率不低于99.5%，计划维护应安排在凌晨1点至5点之间并提前48小时通知甲方。
5.2 故障分级及响应：一级故障（全部或多数门店无法开单收银）30分钟内响应，2小时内恢复；二级故障（单店或单项功能异常）2小时内响应，8小时内修复；一般问题1个工作日内答复。
5.3 服务补偿：月可用率低于约定值但不低于99%的，乙方按当月订阅费的5%予以减免；低于99%的，按当月订阅费的10%减免。一级故障恢复每超时1小时，另减免¥300。减免额从下期订阅费中扣除。

6. 知识产权
6.1 “驿客门店云”平台软件的知识产权归乙方所有。
6.2 乙方为甲方专门开发的财务接口程序、定制报表及其文档归甲方所有，甲方可自行修改或交由第三方维护。

7. 数据归属与数据安全
7.1 甲方会员信息、消费及储值记录、工单数据归甲方所有。乙方仅为提供本合同服务而处理上述数据，不得用于其他目的，不得向第三方提供。
7.2 乙方应将甲方数据存储于中国境内的数据中心，采取加密存储、访问控制、操作日志及每日备份等安全措施，并遵守《个人信息保护法》关于会员个人信息处理的要求。
7.3 发生数据泄露等安全事件的，乙方应在2小时内通知甲方，配合调查处置；因乙方原因造成的损失由乙方承担赔偿责任。
7.4 合同终止后30日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，并在甲方确认后删除其存储的副本。

8. 保密
乙方对在履行本合同过程中获知的甲方经营数据、价格政策及会员信息负有保密义务，未经甲方书面同意不得披露。本条在合同终止后继续有效。

9. 续期
9.1 服务期届满前30日，任何一方未书面提出不续期的，本合同自动续期一个服务年度，续期次数不限。
9.2 每次续期时，乙方有权根据市场情况上调订阅单价，上调幅度不超过上一服务年度单价的8%，并以书面方式通知甲方。

10. 分包
乙方不得将本合同项下的服务转包。门店设备对接等现场工作需委托第三方的，应事先取得甲方书面同意。

11. 合同解除
11.1 乙方严重违反本合同，经甲方书面催告后15日内仍未改正的，甲方有权解除合同，并要求乙方退还已付未用的订阅费。
11.2 连续三个月月可用率低于99%的，甲方可解除合同。

12. 法律适用与争议
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院起诉。

12A. 项目管理与培训
12A.1 乙方应指定实施项目经理及两名实施顾问，按附件实施计划分区域推进上线，每周向甲方提交实施进度报告。
12A.2 上线前，乙方应在成都、重庆各组织不少于3场集中培训，培训对象包括区域经理、店长、收银员和技师，并提供操作视频及常见问题手册。
12A.3 上线后首月，乙方应安排专人提供远程值守服务，门店营业时间内可通过电话及企业微信群获得支持。
12A.4 乙方应按甲方要求提供会员营销、储值对账及技师提成等月度运营报表模板，并在服务期内根据甲方合理需求调整报表格式。

12B. 系统变更与升级
12B.1 乙方对平台进行版本升级的，应提前7日通知甲方，升级不得降低本合同约定的功能和服务水平。
12B.2 甲方提出的新增定制需求，双方另行协商工作量及费用，并以书面补充协议确定。
12B.3 乙方停止提供某项功能的，应提前90日通知甲方并提供替代方案；由此导致甲方无法正常经营的，甲方有权解除合同。

12C. 不可抗力
因不可抗力导致服务中断的，受影响一方应及时通知对方，并在不可抗力消除后尽快恢复服务。不可抗力期间不计入可用率统计，但乙方应尽力减少对门店营业的影响。

12D. 通知
双方的通知以书面形式发送至本合同首页地址或双方指定的联系人邮箱，邮件发出即视为送达。

12E. 廉洁与合规
乙方不得向甲方员工提供回扣、礼金或其他不正当利益。乙方处理会员个人信息时应取得甲方授权，不得向会员发送与甲方业务无关的营销信息。乙方应配合甲方完成个人信息保护合规检查，并按甲方要求提供处理记录。

12F. 门店数量变化
服务期内甲方关闭门店的，自关闭次月起不再计收该门店订阅费，乙方应将该门店数据保留至服务期满，以便甲方查询储值及会员记录。甲方新开门店的，乙方应在接到通知后5个工作日内完成开通和设备对接。

13. 其他
13.1 本合同自双方盖章之日起生效，一式两份，双方各执一份。
13.2 附件：门店清单、功能清单、实施计划。

甲方（盖章）：成都清澜汽车服务连锁有限公司
乙方（盖章）：杭州驿客云信息技术有限公司
签订日期：2026年　月　日
"""

Z04 = r"""科技馆展项中控系统年度运维服务合同

项目编号：LZKJG-CS-2026-004
采购方式：竞争性磋商

甲方：柳州市科学技术馆
乙方：广西桂联智展科技有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲方委托乙方对科技馆展项中控系统提供年度运行维护服务。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。

第一条 服务范围
（1）运维对象：科技馆一至四层常设展厅的展项中控系统，包括中央控制服务器2台、分区控制器18台、展项终端电脑146台、投影及拼接屏控制单元52套、灯光及电源时序控制器34台，以及中控管理软件和展项互动程序。
（2）服务内容：日常开闭馆巡检、故障处理、展项互动程序缺陷修复、中控程序调整、设备清洁保养、季度全面检测及汛期、节假日保障。
（3）乙方应派驻2名运维工程师在馆服务，开放日驻场时间为8:30至17:30，闭馆日安排1人值守。

第二条 服务期限
服务期自2026年3月1日起至2027年2月28日止。

第三条 服务费用及支付
（1）本合同总价为人民币肆拾陆万捌仟元整（¥468,000），包括人员费、工具仪器费、易损件费及税费。单价超过¥2,000的备件经甲方确认后另行采购，不计入本合同。
（2）服务费按季度支付，每季度结束后，经甲方考核合格，于15个工作日内支付当季服务费¥117,000。
（3）本合同不设预付款。

第四条 服务交接与考核
（1）乙方应于服务期开始前7日完成与原运维单位的交接，逐台核对设备清单、程序版本及账号，形成交接记录。
（2）甲方每季度按磋商文件所附考核表对乙方进行考核，考核内容包括：巡检记录完整性、故障响应及修复时限、展项开机率记录、观众投诉处理情况。考核得分低于80分的，甲方有权按考核办法扣减当季服务费。
（3）服务期满，乙方应提交年度运维报告、设备台账及程序备份，经甲方书面确认后办理服务终验。

第五条 服务响应
（1）一级故障（中控服务器故障或整层展项无法启动）：乙方接报后15分钟内响应，30分钟内到场，2小时内恢复。
（2）二级故障（单个展项或单台设备故障）：30分钟内到场，当日闭馆前修复；需返厂维修的，应在24小时内提供替代方案。
（3）乙方每超出上述时限1小时，甲方扣减服务费¥800；同一展项当月重复故障3次以上的，每次另扣¥500。

第六条 知识产权
（1）展项原有软件的知识产权不因本合同发生转移。
（2）乙方在运维期间为甲方修改、新编的中控程序、互动程序代码及技术文档归甲方所有，乙方应随时按甲方要求交付。

第七条 数据安全
（1）中控系统配置、观众预约及互动展项采集的数据归甲方所有，乙方仅可为履行运维义务使用，不得复制带离或用于其他目的。
（2）乙方人员须使用甲方分配的个人账号登录中控系统，不得使用移动存储介质连接展项设备；远程维护须经甲方书面审批。
（3）因乙方原因造成数据泄露、损毁或系统被攻击的，乙方应承担全部赔偿责任并负责恢复。

第八条 人员管理
（1）乙方派驻人员应具备相应资质，服务期内不得随意更换；确需更换的，应提前10日书面报甲方同意。
（2）乙方人员应遵守甲方安全管理及观众服务规定。

第九条 违约责任
（1）乙方未按第四条约定按时完成交接或季度全面检测的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（2）因乙方运维不当造成展项设备损坏的，乙方负责修复或照价赔偿。
（3）甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。

第十条 合同的履行与解除
（1）本合同在服务期内持续履行，除因不可抗力致使合同目的不能实现外，任何一方不得解除本合同。
（2）乙方违约的，甲方可要求乙方继续履行、限期整改，并按第五条、第九条扣减服务费或收取违约金，但不得以此为由解除合同。

第十一条 分包
乙方不得将本合同项下的服务转包或分包。

第十二条 安全生产
乙方应对其人员进行安全教育，登高、带电作业须遵守操作规程。因乙方人员违章操作造成的人身伤害及财产损失由乙方承担。

第十三条 法律适用和争议解决
本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，向柳州仲裁委员会申请仲裁。

第十三条之一 巡检与保养要求
（1）开馆日：乙方应于开馆前40分钟完成全馆展项开机检查，闭馆后完成关机检查，填写巡检记录并拍照留存。
（2）每月：对展项终端电脑进行病毒查杀、系统补丁检查和磁盘清理，对投影机滤网及机柜进行除尘。
（3）每季度：对中控服务器、分区控制器及电源时序控制器进行全面检测，检测报告报甲方备案。
（4）寒暑假、国庆等客流高峰期：乙方应增派1名工程师驻场，并提前一周完成重点展项的专项检查。
（5）乙方应建立设备台账和故障记录，记录故障时间、原因、处理过程和更换备件，每月5日前向甲方提交上月运维月报。

第十三条之二 备品备件
（1）乙方应在馆内储备常用易损件，包括投影灯泡、按键模块、触摸传感器、网络模块及电源适配器，保证常用件随时可用。
（2）单价不超过¥2,000的备件已包含在服务费中，由乙方免费提供；更换下来的旧件归甲方所有。

第十三条之三 不可抗力
因不可抗力导致不能履行合同的，受影响方应及时通知对方，并在合理期限内提供证明。不可抗力消除后，双方应继续履行合同。

第十三条之四 廉洁条款
乙方不得向甲方工作人员赠送礼品、礼金或提供其他不正当利益，一经发现，甲方有权按考核办法扣减服务费并向有关部门报告。

第十三条之五 服务人员培训与交接
（1）乙方应对驻场工程师进行展项原理及中控程序的专项培训，确保其熟悉各展区设备分布、开关机流程和应急处置预案。
（2）服务期满或合同终止时，乙方应向甲方或甲方指定的后续运维单位进行完整交接，交接内容包括设备台账、程序及配置备份、账号清单、故障记录和未完成事项，交接期不少于10日，交接期间乙方人员应继续驻场。
（3）乙方应配合甲方开展消防、防汛及大客流应急演练，并在演练中承担展项断电、恢复等技术保障工作。

第十三条之六 考核结果运用
（1）季度考核结果作为甲方支付服务费的依据，考核扣款在当季服务费中直接扣除，乙方应在收到考核结果后5个工作日内提出异议，逾期视为认可。
（2）乙方连续两个季度考核不合格的，甲方可约谈乙方负责人，要求乙方更换驻场人员并提交书面整改方案，整改情况纳入下一季度考核。
（3）考核结果将作为乙方今后参加甲方采购项目的参考。

第十四条 其他
（1）磋商文件、响应文件、成交通知书及考核办法为本合同附件，与本合同具有同等效力。
（2）本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：柳州市科学技术馆　　　　　乙方（盖章）：广西桂联智展科技有限公司
代表：　　　　　　　　　　　　　　　　　代表：
日期：2026年　月　日　　　　　　　　　　日期：2026年　月　日
"""

Z05 = r"""# 禾易MES生产执行系统软件许可及定制开发合同

**（禾易软件标准合同文本 2026版）**

合同编号：HY-MES-2026-0415

甲方：四川省乐山市五通桥区德顺豆制品有限公司

乙方：成都禾易软件有限公司

甲方拟在豆干生产车间部署生产执行系统（MES），乙方为禾易MES软件的开发商。双方在平等自愿的基础上，就软件许可及定制开发事宜达成如下协议。

## 第一条 合同标的

1.1 乙方向甲方提供禾易MES生产执行系统标准版软件的永久使用许可，许可范围为30个并发用户、6条生产线。

1.2 乙方根据甲方需求进行定制开发，包括：泡豆、磨浆、点卤、压制、卤制、烘烤及包装工序的工艺参数采集模块，批次追溯码及一物一码模块，与甲方现有ERP的接口。

1.3 乙方负责系统安装部署、基础数据配置及培训。

## 第二条 合同价款

| 序号 | 项目 | 说明 | 金额（元） |
|---|---|---|---|
| 1 | 禾易MES标准版软件许可 | 永久许可，30并发用户、6条产线 | 420,000 |
| 2 | 定制开发 | 工艺参数采集、追溯码、ERP接口 | 286,000 |
| 3 | 实施及培训 | 安装部署、数据配置、培训 | 64,000 |
| | 合计 | | 770,000 |

合同总价为人民币柒拾柒万元整（¥770,000），含增值税。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即¥500,500。乙方收到该笔款项后开始实施。

3.2 系统上线运行后10个工作日内，甲方支付合同总价的35%，即¥269,500。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方并有权暂停服务。

## 第四条 实施周期

4.1 乙方计划于收到首笔款项后90日内完成系统上线。实施周期为预估时间，因需求变更、甲方配合不到位或现场条件等原因导致延期的，实施周期相应顺延。

4.2 如非因甲方原因导致上线延误，乙方应增派人员尽快完成实施，除此之外不承担其他责任。

## 第五条 上线与验收

5.1 系统安装部署完成并在甲方生产车间上线运行后，即视为甲方验收合格。

5.2 甲方在上线后使用过程中发现的问题，按第六条的维护约定处理，不影响验收结论及付款。

## 第六条 免费维护

6.1 自系统上线之日起，乙方提供六个月免费维护服务，包括远程技术支持及软件缺陷修复。

6.2 免费维护期内，一级故障（系统整体无法使用）乙方在接到报修后8小时内响应，二级故障在2个工作日内响应。现场服务需提前预约。

6.3 乙方将尽力按上述时限提供服务，但对于响应或修复的延误，乙方不承担扣款、赔偿或违约金责任。

## 第七条 免费维护期满后的服务

7.1 免费维护期满后，甲方如需继续获得技术支持及软件升级，应与乙方签订年度维护合同。年度维护费按乙方当年度公布的服务价目表执行。

7.2 乙方有权根据市场情况调整服务价目表，调整后的价格自公布之日起适用于新签及续签的维护合同。

## 第八条 知识产权

8.1 禾易MES软件及其任何版本的知识产权归乙方所有。

8.2 乙方为甲方定制开发的工艺参数采集模块、追溯码模块、ERP接口程序及相关文档，其著作权及其他知识产权均归乙方所有。甲方在许可范围内享有非独占的使用权，不得修改、反向工程或提供给第三方使用。乙方有权将定制开发成果用于其他客户。

## 第九条 数据

9.1 甲方在系统中录入和产生的生产数据归甲方所有。

9.2 乙方应对远程维护账号实施权限管理，操作留有日志，采取必要的技术措施防止甲方数据泄露或丢失；因乙方过错导致数据泄露的，乙方承担相应赔偿责任。

9.3 甲方同意，乙方可将甲方生产数据经脱敏处理后用于产品改进、工艺模型训练及行业分析，并可在合同终止后继续使用该等脱敏数据。

## 第十条 保密

双方对在合作中知悉的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露。本条不因合同终止而失效。

## 第十一条 合作伙伴

乙方可根据项目需要将部分实施、现场培训工作交由乙方认证的合作伙伴完成，乙方在合作伙伴进场前通知甲方即可。

## 第十二条 违约责任

12.1 任何一方违反本合同约定的，应承担相应的违约责任。

12.2 乙方对间接损失、利润损失及生产停顿造成的损失不承担责任。

## 第十三条 合同解除

乙方严重违反本合同约定，经甲方书面通知后30日内仍未纠正的，甲方可书面通知解除本合同。

## 第十四条 争议解决

因本合同发生的争议，由双方协商解决；协商不成的，任何一方可向乙方所在地人民法院起诉。

## 第十四条之一 甲方的配合义务

14A.1 甲方应指定项目负责人，及时确认需求说明书、工艺流程及上线计划。

14A.2 甲方应提供满足系统运行要求的服务器、网络及车间终端设备，并保证车间网络覆盖泡豆、磨浆、压制、卤制、烘烤及包装各工序。

14A.3 甲方应按乙方要求整理物料编码、产品配方、工艺参数及人员信息等基础数据，并对基础数据的准确性负责。

14A.4 因甲方未及时履行上述配合义务导致实施延误的，乙方不承担责任，由此增加的实施工作量，乙方有权另行收费。

## 第十四条之二 培训

14B.1 乙方为甲方提供系统管理员培训及车间操作员培训各两次，培训地点为甲方工厂。

14B.2 超出上述次数的培训按乙方服务价目表另行收费。

## 第十四条之三 不可抗力

因不可抗力导致不能履行本合同的，受影响方不承担责任，但应及时通知对方。网络攻击、电力中断及第三方软件故障视为不可抗力。

## 第十四条之四 通知

双方的通知、确认及需求变更应以书面形式或电子邮件发送至双方在本合同中指定的联系人。乙方发送至甲方联系人邮箱的上线通知、版本更新通知即视为已送达甲方。

## 第十四条之五 合同变更

需求说明书确认后，甲方提出的需求变更，乙方将评估工作量并报价，经甲方书面确认后实施，实施周期相应顺延。

## 第十四条之六 系统环境

甲方自行变更服务器、操作系统、数据库或网络环境导致系统运行异常的，乙方可协助排查，相关工作按乙方服务价目表收费。甲方应定期备份系统数据，乙方对甲方未备份造成的数据损失不承担责任。乙方提供的软件版本以发货时的最新版本为准。

## 第十五条 其他

15.1 本合同为乙方标准合同文本，双方对条款的修改应以补充协议形式另行约定。

15.2 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：四川省乐山市五通桥区德顺豆制品有限公司

乙方（盖章）：成都禾易软件有限公司

日期：2026年　月　日
"""

E01 = r"""
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. HB-WMS-2026-06
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between:
P:(1) Hulunbuir Grassland Dairy Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 18 Hailar East Road, Hulunbuir, Inner Mongolia (the "Customer"); and
P:(2) Andes Logística Software S.A., a company incorporated in the Argentine Republic with its registered office at Avenida Colón 1240, Córdoba, Argentina (the "Vendor").
P:Recitals. (A) The Vendor develops and licenses the StockRoute warehouse management system. (B) The Customer operates two chilled distribution centres and wishes to replace its current warehouse software with StockRoute, configured for its processes and connected to its existing systems. (C) At the Customer's request all prices are stated and paid in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the StockRoute warehouse management system, version 9, in object code, with its documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, interface programs, reports, label templates, scripts and documentation created by the Vendor specifically for the Customer under this Agreement.
P:1.3 "Final Acceptance" means the Customer's written acceptance certificate issued under Article 6.3.
P:1.4 "Customer Data" means all data entered into, generated in or transmitted through the Software by or for the Customer, including stock, batch, temperature and shipping records.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to use the Software for 160 named users and 220 handheld scanners at the Customer's distribution centres in Hulunbuir and Hohhot and at any other site the Customer later operates in mainland China.
P:2.2 The Vendor shall configure the Software, develop interfaces to the Customer's ERP, transport management and cold-room monitoring systems, migrate open stock and location data, and train the Customer's key users and administrators, all as set out in the Statement of Work in Annex 1.
H:Article 3 Price
P:3.1 The Contract Price is CNY 1,420,000, inclusive of VAT, made up of: Software licence fees CNY 880,000; configuration and interface development CNY 410,000; data migration CNY 96,000; training CNY 34,000.
P:3.2 The Contract Price is fixed. Travel and living expenses of the Vendor's consultants are included.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price (CNY 284,000) within 30 days after signature, against the Vendor's invoice and an advance payment guarantee from a bank acceptable to the Customer.
P:4.2 The Customer shall pay 45% of the Contract Price (CNY 639,000) within 30 days after Go-Live at both distribution centres. Go-Live is not acceptance.
P:4.3 The Customer shall pay the balance of 35% (CNY 497,000) within 30 days after Final Acceptance.
P:4.4 All payments shall be made by bank transfer in CNY to the Vendor's account stated on its invoice.
H:Article 5 Delivery and Project Plan
P:5.1 The Vendor shall achieve Go-Live at both distribution centres within 120 days after signature, following the project plan in Annex 2.
P:5.2 If the Vendor fails to achieve Go-Live or to submit the system for Final Acceptance by the dates in the project plan for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
H:Article 6 Acceptance
P:6.1 After Go-Live the system shall run in production for a stabilisation period of 45 days.
P:6.2 The acceptance criteria are: all functions listed in Annex 1 work as described; stock counts in the Software match the physical count at both centres with no unexplained difference; all five interfaces run for 20 consecutive working days without manual correction; picking screens respond within 2 seconds for 95% of transactions at peak hours; and no Severity 1 incident occurs in the last 20 days of the stabilisation period.
P:6.3 When the criteria are met the Customer shall issue a written Final Acceptance certificate within 10 working days. Neither Go-Live, production use nor any payment constitutes acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the documentation and Annex 1 for 24 months after Final Acceptance. During this warranty period the Vendor shall correct defects, provide updates and give remote and on-site support free of charge.
P:7.2 Support hours are 08:00 to 22:00 Beijing time, seven days a week, through the Vendor's Chinese-speaking support desk in Tianjin.
P:7.3 Response times: Severity 1 (a distribution centre cannot receive or ship goods) within 1 hour, with a workaround within 8 hours; Severity 2 within 8 business hours; Severity 3 within 2 business days.
P:7.4 For each full hour by which the Vendor exceeds the Severity 1 response or workaround time, the Vendor shall credit the Customer CNY 1,000 against the next payment or support fee.
P:7.5 After the warranty period the Customer may order annual support. The annual support fee is 13% of the Software licence fees (CNY 114,400 per year) and shall not increase during the first three support years. Support is ordered by purchase order each year and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Software remains the property of the Vendor and its licensors.
P:8.2 All rights in the Custom Deliverables, including copyright, belong to the Customer from creation. The Customer may use, modify, copy and license them freely and have them maintained by third parties. The Vendor shall deliver their source code with Final Acceptance.
H:Article 9 Customer Data and Data Security
P:9.1 Customer Data belongs to the Customer. The Vendor may access and process it only to perform this Agreement and shall not use it for any other purpose, including product development or analytics.
P:9.2 The Software is installed in the Customer's data centre. The Vendor shall access it only through the Customer's VPN with individual accounts and multi-factor authentication, shall not copy Customer Data outside the Customer's systems, and shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.
P:9.3 The Vendor shall notify the Customer of any actual or suspected security incident affecting Customer Data within 12 hours and shall cooperate in its investigation and remediation. The Vendor is liable for all losses caused by a breach of this Article by the Vendor or its personnel.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and disclose it only to its personnel who need to know it.
P:10.2 This Article survives termination for three years.
H:Article 11 Liability
P:11.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price.
P:11.2 The limit does not apply to breaches of Articles 9 and 10, wilful misconduct, gross negligence or personal injury.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after written notice, or if the liquidated damages under Article 5.2 reach their maximum.
P:13.2 On such termination the Vendor shall refund the amounts paid for services not accepted and deliver all work in progress.
H:Article 13A Project Organisation
P:13A.1 Each party shall appoint a project manager. The Vendor's project manager shall speak Chinese or work with a full-time interpreter, shall attend a weekly progress meeting with the Customer, and shall not be replaced without the Customer's consent, which shall not be unreasonably withheld.
P:13A.2 The Vendor shall provide a detailed project plan, a test plan and a cut-over plan for each distribution centre, and shall agree with the Customer a fallback procedure so that goods can still be received and shipped if Go-Live must be reversed.
P:13A.3 The Customer shall provide servers, network access, scanners, test data and the time of its key users as set out in Annex 2. If the Customer's delay prevents the Vendor from meeting the project plan, the dates shall be extended accordingly.
H:Article 14 Force Majeure
P:14.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effects.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the Argentine Republic.
P:15.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration under the rules of the Buenos Aires Stock Exchange General Arbitration Tribunal, seated in Buenos Aires. The language of the arbitration shall be English.
H:Article 16 General
P:16.1 This Agreement, with Annex 1 (Statement of Work) and Annex 2 (Project Plan), is the entire agreement of the parties on its subject.
P:16.2 Amendments must be in writing and signed by both parties. This Agreement is made in English in two originals.
P:For the Customer: ____________________ Name, title, date
P:For the Vendor: ____________________ Name, title, date
"""

E02 = r"""# ORDER FORM — ShiftLoop Workforce Scheduling

**Order Form No. SL-CN-0291**, issued under and subject to the ShiftLoop General Terms set out below (together, the "Agreement").

## Part A — Order Form

**Provider:** ShiftLoop S.R.L., Rambla República de México 6125, Montevideo, Uruguay ("ShiftLoop").

**Customer:** Changsha Chayue Beverage Management Co., Ltd., 77 Wuyi Avenue, Furong District, Changsha, Hunan, People's Republic of China ("Customer").

**Background.** Customer operates a chain of tea-beverage shops in Hunan and Jiangxi and wishes to schedule shift staff, record attendance and calculate hours for payroll in a single hosted service. ShiftLoop provides that service to retail and food-service chains.

**A1. Services ordered**

| Item | Description | Quantity | Fee (CNY) |
|---|---|---|---|
| 1 | ShiftLoop Enterprise subscription, Subscription Year 1 | up to 2,400 active staff, 320 shops | 264,000 |
| 2 | ShiftLoop Enterprise subscription, Subscription Year 2 | up to 2,400 active staff, 320 shops | 264,000 |
| 3 | Onboarding: configuration, payroll export, staff import, manager training | one-time | 36,000 |
| | Total Contract Value | | 564,000 |

**A2. Subscription Term.** Two Subscription Years starting on the Subscription Start Date, which is the date of Go-Live Acceptance under A5, expected to be 1 June 2026. This Order Form does not renew automatically; any further term requires a new Order Form signed by both parties.

**A3. Currency.** At the Customer's request all fees are stated and invoiced in Chinese Yuan (CNY), inclusive of VAT.

**A4. Invoicing and payment.** Subscription fees are invoiced quarterly in advance at the start of each quarter of the Subscription Term (CNY 66,000 per quarter). The onboarding fee is invoiced after Go-Live Acceptance. Invoices are payable within 30 days. No fee is payable before the Subscription Start Date.

**A5. Onboarding and Go-Live Acceptance.** ShiftLoop shall complete onboarding within 45 days after signature. Go-Live Acceptance requires that: all shops and active staff are loaded and can log in; rosters for two consecutive weeks are published in all shops; clock-in records from the shop tablets match the attendance report; and the payroll export for a trial month is accepted by Customer's payroll team without manual correction. Customer confirms Go-Live Acceptance in writing within 5 business days after these criteria are met. Use of the service before that date is not acceptance.

**A6. Delay.** If Go-Live Acceptance is not achieved within 45 days after signature for reasons attributable to ShiftLoop, ShiftLoop shall pay CNY 500 for each day of delay, up to CNY 20,000.

**A7. Customer contacts.** Operations: Ms. Tang Li. IT: Mr. Zhou Bin. ShiftLoop account manager: Mr. Martín Ferreira.

## Part B — ShiftLoop General Terms

### B1. Service Levels

1.1 **Availability.** ShiftLoop shall make the service available 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least 72 hours in advance and performed between 01:00 and 05:00 Beijing time.

1.2 **Support.** Severity 1 incidents (the service is unavailable, or staff cannot clock in across multiple shops) are acknowledged within 30 minutes, 24 hours a day, with a workaround or fix within 3 hours. Severity 2 incidents are acknowledged within 2 business hours. Severity 3 requests are answered within 2 business days.

1.3 **Service credits.** If monthly availability falls below the commitment in 1.1, Customer receives a credit of 5% of the fees for that month for each 0.1 percentage point (or part) below it, up to 50% of that month's fees. If a Severity 1 incident is not acknowledged within 30 minutes, Customer receives a further credit of CNY 500. Credits are deducted from the next invoice.

### B2. Customer Data

2.1 All data that Customer or its staff enter into the service ("Customer Data"), including staff names, phone numbers, rosters and attendance records, belongs to Customer.

2.2 ShiftLoop processes Customer Data to provide the service to Customer. In addition, ShiftLoop may compile aggregated and anonymised statistics derived from Customer Data, such as staffing ratios and shift patterns, and use them to improve its products and to publish industry benchmarks, during and after the Subscription Term.

2.3 At the end of the Subscription Term ShiftLoop shall make Customer Data available for export in CSV format for 60 days and then delete it from its systems.

### B3. Data Security

3.1 Customer Data is hosted in a data centre in mainland China operated by ShiftLoop's hosting provider under a multi-level protection scheme level 3 filing. Customer Data is encrypted in transit and at rest.

3.2 ShiftLoop maintains an ISO/IEC 27001 certified security programme, limits staff access to those who need it, logs all administrative access and performs backups every 24 hours.

3.3 ShiftLoop shall notify Customer of any security incident affecting Customer Data within 24 hours after becoming aware of it, shall take immediate steps to contain it, and is responsible for losses that Customer suffers as a result of ShiftLoop's failure to comply with this Section B3.

3.4 ShiftLoop shall process personal information of Customer's staff in accordance with the PRC Personal Information Protection Law and Customer's instructions.

### B4. Intellectual Property

4.1 ShiftLoop owns the service, its software and its documentation. Customer receives a right to use the service during the Subscription Term.

4.2 The payroll export templates, custom reports and shop-level rules that ShiftLoop configures specifically for Customer belong to Customer, and Customer may use, copy, modify and license them freely, including after the Subscription Term.

### B5. Confidentiality

5.1 Each party shall protect the other party's confidential information with reasonable care, use it only for this Agreement and not disclose it to third parties except to advisers bound by similar duties.

5.2 Customer's pricing, sales and staffing information is Customer's confidential information. This Section survives for three years after the Agreement ends.

### B6. Subcontracting

ShiftLoop shall not subcontract any part of the service, other than to its named hosting provider approved by Customer in this Order Form, without Customer's prior written consent. ShiftLoop remains responsible for its subcontractors.

### B7. Term and Termination

7.1 The Agreement runs for the Subscription Term.

7.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after written notice. If Customer terminates for ShiftLoop's breach, ShiftLoop shall refund prepaid fees for the remainder of the term.

7.3 Customer may also terminate by written notice if service credits under B1.3 become due in any two consecutive months.

### B8. Limitation of Liability

8.1 Neither party is liable for indirect or consequential loss or loss of profit.

8.2 ShiftLoop's total aggregate liability arising out of or in connection with the Agreement shall not exceed the fees paid by Customer under the Agreement in the 6 months preceding the event giving rise to the claim.

8.3 The limit in 8.2 does not apply to fraud or wilful misconduct.

### B9. Warranties

9.1 ShiftLoop warrants that the service will perform materially in accordance with its documentation and that it will provide the onboarding services with reasonable skill and care.

9.2 ShiftLoop warrants that the service does not infringe the intellectual property rights of any third party and shall defend Customer against any claim alleging such infringement.

### B10. Governing Law and Disputes

10.1 The Agreement is governed by the laws of the Oriental Republic of Uruguay.

10.2 Any dispute shall be resolved by arbitration in Montevideo, Uruguay, in English, under the rules of the Arbitration Centre of the Chamber of Commerce of Uruguay.

### B10A. Customer Responsibilities

10A.1 Customer shall provide accurate shop and staff master data, appoint a project lead for onboarding, and make its payroll team available for testing the payroll export.

10A.2 Customer is responsible for the use of the service by its own staff and for keeping user credentials secure. Customer shall inform ShiftLoop promptly if it becomes aware of any unauthorised use of its accounts.

10A.3 Customer shall ensure that the shop tablets used for clock-in meet the minimum specification in the documentation and have a working internet connection.

### B10B. Changes to the Service

ShiftLoop may improve or update the service during the Subscription Term, provided that no update materially reduces the functions, security or service levels described in this Agreement. ShiftLoop shall announce material changes at least 30 days in advance.

### B11. General

11.1 Notices must be in writing and sent to the contacts in A7.

11.2 Neither party may assign the Agreement without the other party's written consent.

11.3 This Order Form and these General Terms are the entire agreement of the parties on their subject.

### B12. Notices of Changes in Contacts

Either party shall inform the other in writing of any change to its contacts in A7 within 5 business days. Until such notice is received, notices sent to the previous contact are validly given. ShiftLoop's account manager shall hold a review meeting with Customer's operations team every quarter to discuss usage, support tickets, upcoming releases and suggestions for improvement.

**Signed for Customer:** ____________________ Name / Title / Date

**Signed for ShiftLoop:** ____________________ Name / Title / Date
"""

E03 = r"""
T:SUPPLY AND INSTALLATION CONTRACT FOR COLD-STORE MONITORING SENSORS
P:Contract No. ZZLL-EQ-2026-019
P:Buyer: Zhengzhou Lianlian Cold Chain Logistics Co., Ltd., 9 Gangwan Road, Zhengzhou Airport Economy Zone, Henan, People's Republic of China (the "Buyer").
P:Supplier: Guaraní Sensores S.A., Avenida Mariscal López 3450, Asunción, Republic of Paraguay (the "Supplier").
P:Whereas the Buyer operates a cold-storage warehouse of 14 chambers at its Zhengzhou site and has selected the Supplier, after a competitive tender, to supply and install a wireless temperature and humidity monitoring system, the parties agree as follows. This contract is the Buyer's standard form for equipment purchases.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in the Price Schedule in clause 3.
P:1.2 "Software" means the monitoring software licensed under this Contract, including its alarm, reporting and mobile functions.
P:1.3 "System" means the Equipment and the Software installed, configured and connected at the Site.
P:1.4 "Site" means the Buyer's cold-storage warehouse at 9 Gangwan Road, Zhengzhou.
P:1.5 "Final Acceptance" means the Buyer's signed acceptance certificate under clause 6.3.
H:2. Scope of Supply
P:2.1 The Supplier shall supply the Equipment, license the Software, install and configure the System at the Site, connect it to the Buyer's warehouse management system, and train the Buyer's staff.
P:2.2 The System shall monitor every chamber, loading dock and ante-room continuously, record readings every 60 seconds, send alarms by SMS and app notification, and produce the temperature records required for GSP audits of pharmaceutical goods stored by the Buyer.
H:3. Price Schedule
P:3.1 The Contract Price is set out below. All prices are in Chinese Yuan (CNY) and include VAT, packing, freight to Site, import duties and insurance.
TB:No.|Item|Specification|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature sensor|-40 to +60 °C, ±0.2 °C accuracy, IP67|420|690|289,800
TB:2|Wireless temperature and humidity sensor|±2% RH, for docks and ante-rooms|120|1,050|126,000
TB:3|LoRa gateway with 4G backup|indoor, cold-rated|24|6,800|163,200
TB:4|Monitoring software licence|perpetual, unlimited users, mobile app|1|148,000|148,000
TB:Hardware and Licence Subtotal|||||727,000
TB:5|Installation, cabling and configuration|including WMS interface|1 lot|58,400|58,400
TB:6|Training|operators and administrators|1 lot|12,600|12,600
TB:Contract Price|||||798,000
P:3.2 The Contract Price is fixed and firm for the duration of the Contract.
H:4. Payment
P:4.1 No advance payment is made under this Contract.
P:4.2 The Buyer shall pay 65% of the Contract Price (CNY 518,700) within 30 days after all Equipment has been delivered and installed at the Site and the Supplier has submitted the installation report. Installation is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 279,300) within 30 days after Final Acceptance.
P:4.4 Each payment requires a valid VAT invoice from the Supplier.
H:5. Delivery
P:5.1 The Supplier shall deliver all Equipment to the Site within 60 days and complete installation within 90 days after signature of this Contract.
P:5.2 If the Supplier fails to deliver or complete installation on time for reasons not attributable to the Buyer, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligation to complete the work.
H:6. Acceptance
P:6.1 After installation the System shall operate for a trial period of 30 days.
P:6.2 The acceptance criteria are: every sensor reads within ±0.3 °C of the Buyer's calibrated reference thermometer in a documented comparison; all sensors report to the Software with no gap longer than 5 minutes during the trial period; alarms reach the duty officer's phone within 60 seconds in a test of every chamber; the GSP temperature report is accepted by the Buyer's quality manager; and each sensor has a calibration certificate from an accredited laboratory.
P:6.3 If the criteria are met, the Buyer shall sign a Final Acceptance certificate within 7 working days. If they are not met, the Supplier shall correct the defects and the test shall be repeated. Neither installation, trial operation nor any payment constitutes acceptance.
H:7. Warranty
P:7.1 The Supplier warrants the System for 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace any defective Equipment and correct any Software defect free of charge, including recalibration of sensors once per warranty year.
P:7.2 After the warranty period the Buyer may order annual maintenance at 7% of the Hardware and Licence Subtotal (CNY 50,890 per year). This fee is fixed for two maintenance years after the warranty. Maintenance is ordered by written purchase order and does not renew automatically.
H:8. Service Levels
TB:Severity|Description|Response|On-site / fix
TB:Severity 1|A chamber is not monitored, or alarms fail|2 hours|on site within 8 hours
TB:Severity 2|Single sensor or single gateway fault|8 hours|fixed within 48 hours
TB:Severity 3|Reports, app or other minor issues|next working day|within 5 working days
P:8.1 For each hour by which the Supplier exceeds a Severity 1 response or on-site time, the Buyer may deduct CNY 300 from amounts due to the Supplier or claim it as damages.
H:9. Intellectual Property
P:9.1 The Software remains the property of the Supplier, which grants the Buyer a perpetual licence to use it.
P:9.2 The configurations, WMS interface program, report templates and dashboards prepared for the Buyer belong to the Buyer, which may use, modify and license them freely. The Supplier shall deliver their source files at Final Acceptance.
H:10. Buyer Data and Data Security
P:10.1 All temperature records, alarm logs and other data produced by the System belong to the Buyer. The Supplier shall not use them for any purpose other than performing this Contract.
P:10.2 The Software runs on the Buyer's servers. The Supplier shall access it remotely only with the Buyer's approval for each session, shall follow the Buyer's security rules, and shall not copy data outside the Buyer's systems.
P:10.3 The Supplier shall report any security incident affecting the System or Buyer data within 12 hours and is liable for losses caused by its breach of this clause.
H:11. Confidentiality
P:11.1 The Supplier shall keep confidential the Buyer's site layout, customer names, stock information and any other non-public information received under this Contract, and shall not disclose it without the Buyer's prior written consent.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract installation or any other part of the work without the Buyer's prior written consent, and remains fully responsible for approved subcontractors.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if liquidated damages reach their maximum.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Zhengzhou Arbitration Commission for arbitration in Zhengzhou.
H:14A. Project Management and Training
P:14A.1 The Supplier shall appoint a project manager who is available on Site during installation and testing, and shall submit a weekly progress report to the Buyer's warehouse manager.
P:14A.2 Installation in any chamber shall be carried out without interrupting the storage of goods. Work in chambers below zero shall be limited to the periods agreed with the Buyer's shift supervisor, and installers shall wear the protective clothing required by the Buyer's safety rules.
P:14A.3 The Supplier shall train at least 20 of the Buyer's operators and 4 administrators in the use of the Software, alarm handling, sensor replacement and report generation, and shall provide user manuals in Chinese.
P:14A.4 The Supplier shall deliver as-built drawings showing the position of every sensor and gateway, the calibration certificates, the configuration backup and the spare-parts list.
H:14B. Force Majeure
P:14B.1 Neither party is liable for failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party promptly, provides evidence and takes reasonable steps to limit the effects. Dates shall be extended by the duration of the event.
H:14C. Compliance
P:14C.1 The Supplier shall comply with PRC import, customs and product certification requirements for the Equipment, including radio type approval for the wireless sensors and gateways, and shall bear the cost of any required certificates.
H:14D. Spare Parts and Calibration
P:14D.1 The Supplier shall deliver spare sensors equal to 3% of the installed quantity, at no extra cost, together with the tools needed to replace and pair them. The Supplier shall keep spare parts for the Equipment available for purchase for at least eight years after Final Acceptance. Before the end of the warranty the Supplier shall carry out a full calibration of all sensors and deliver new calibration certificates.
H:15. General
P:15.1 This Contract is made in English and Chinese in four originals, two for each party; both versions are equally authentic.
P:For the Buyer: ____________________ Name / Title / Date
P:For the Supplier: ____________________ Name / Title / Date
"""

E04 = r"""# MANAGED IT SERVICES AGREEMENT

**Agreement No. FSMJ-MSP-2026-02**

This Managed IT Services Agreement is entered into between:

- **Foshan Mujia Furniture Co., Ltd.**, Longjiang Town, Shunde District, Foshan, Guangdong, People's Republic of China (the "Customer"); and
- **Paraná Serviços de TI Ltda.**, Rua XV de Novembro 880, Curitiba, Paraná, Brazil, acting through its branch office in Guangzhou (the "Provider").

**Recitals.** The Customer operates a factory, a showroom and eleven sales offices in Guangdong with about 650 computer users. The Customer wishes to outsource its IT service desk, desktop support and endpoint management to the Provider, which delivers these services to manufacturers in Latin America and Asia. At the Customer's request all charges are stated and paid in Chinese Yuan (CNY).

## Section 1 Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer signs the transition acceptance certificate under Section 4.3.

1.3 "Term" means 24 months from the Service Commencement Date.

1.4 "Incident" means an unplanned interruption or degradation of an IT service used by the Customer.

## Section 2 Services

2.1 The Provider shall provide the Services to the Customer's users at all Customer sites listed in Schedule 1, including a bilingual service desk, on-site desktop support at the Foshan factory and showroom, remote support to sales offices, patching and antivirus management for all endpoints, and asset management for computers and printers.

2.2 The Provider shall assign a named service delivery manager and keep at least two engineers on site at the Foshan factory during working hours.

2.3 The Provider shall use the Customer's IT service management tool to record all Incidents and requests.

## Section 3 Charges and Payment

3.1 The charges are set out in Schedule 2. The Total Contract Value is CNY 1,440,000, consisting of the one-time transition charge and 24 monthly service charges.

3.2 The monthly service charge is invoiced monthly in arrears and payable within 30 days after receipt of a correct VAT invoice.

3.3 The transition charge is invoiced after the Service Commencement Date. No amount is payable before the Service Commencement Date.

3.4 Charges are fixed for the Term. Additional users beyond 700 are charged at the unit rate in Schedule 2.

## Section 4 Transition and Acceptance

4.1 The Provider shall complete transition within 45 days after signature, including knowledge transfer from the Customer's current staff, documentation of all sites and assets, set-up of remote tools and a two-week parallel run.

4.2 The transition acceptance criteria are: all sites, users and assets recorded in the service management tool; remote support tested at every sales office; service desk staffed in Chinese and English for the agreed hours; and no Priority 1 Incident unresolved at the end of the parallel run.

4.3 The Customer shall sign a transition acceptance certificate within 5 working days after the criteria are met, or state in writing which criteria are not met.

4.4 If the Provider fails to complete transition within 45 days for reasons attributable to it, the Provider shall pay CNY 1,000 for each day of delay.

## Section 5 Service Levels

5.1 The Provider shall meet the service levels in Schedule 3.

5.2 The Provider shall report its performance against each service level monthly.

5.3 If the Provider fails a service level in a month, the service credit in Schedule 3 applies and is deducted from the next invoice. Service credits are not the Customer's sole remedy.

## Section 6 Customer Data

6.1 All data stored on the Customer's computers and systems, and all data that the Provider receives from the Customer, remains the property of the Customer.

6.2 The Provider shall use Customer data only to perform the Services and shall return it to the Customer at the end of the Term.

## Section 7 Intellectual Property

7.1 Tools and software that the Provider owns before this Agreement remain its property.

7.2 Runbooks, knowledge-base articles, scripts and asset records created by the Provider for the Customer belong to the Customer, which may use, modify and share them freely, including with a successor provider.

## Section 8 Confidentiality

8.1 The Provider shall keep confidential all information of the Customer that it learns in performing the Services, including product designs, price lists and customer lists, and shall not disclose it to any third party without the Customer's prior written consent.

8.2 The Provider shall ensure that its engineers sign confidentiality undertakings before starting work. This Section survives the end of the Agreement for three years.

## Section 9 Liability

9.1 The Provider's total liability under this Agreement is limited to 150% of the Total Contract Value.

9.2 Neither party is liable for indirect loss or loss of profit, except in the case of wilful misconduct.

## Section 10 Subcontracting

10.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent.

## Section 11 Term, Renewal and Termination

11.1 This Agreement runs for the Term and expires at its end. Any extension requires a written amendment signed by both parties.

11.2 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to cure it within 30 days after notice, or if the Provider misses the same service level in three consecutive months.

11.3 On expiry or termination the Provider shall provide up to 60 days of exit assistance at the rates in Schedule 2 and transfer all records to the Customer or its new provider.

## Section 12 Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the South China International Arbitration Center (Shenzhen Court of International Arbitration) for arbitration in Shenzhen.

## Section 12A Staff and Site Rules

12A.1 The Provider's engineers shall follow the Customer's site, safety and access rules, wear identification badges at all times, and use only accounts issued to them personally.

12A.2 The Provider shall keep a stable team. Key staff named in Schedule 1 shall not be replaced without 15 days' notice to the Customer, and the Provider shall ensure a proper handover when any engineer changes.

12A.3 The Customer shall provide desks, network access and storage space for spare parts at the Foshan factory, and shall give the Provider reasonable access to its systems and staff.

12A.4 The Provider shall hold a monthly service review with the Customer's IT manager to review performance, open Incidents, planned changes and improvement proposals.

## Section 12B Continuous Improvement

12B.1 Each quarter the Provider shall propose at least three improvements, such as automation of common requests, self-service knowledge articles or changes to the asset process, and shall estimate their effect on Incident volumes and user satisfaction. The Customer shall decide which proposals to implement. Proposals that the Provider can implement within the agreed scope are carried out at no extra charge.

## Section 13 General

13.1 Each party shall comply with applicable anti-bribery laws.

13.2 This Agreement, with its Schedules, is the entire agreement of the parties. Amendments must be in writing.

**For the Customer:** ____________________ Name / Title / Date

**For the Provider:** ____________________ Name / Title / Date

## Schedule 1 — Service Scope

| Service element | Description | Coverage |
|---|---|---|
| Service desk | Phone, chat and e-mail support in Chinese and English | Monday to Saturday, 08:00–20:00 |
| On-site support | Desktop, printer and meeting-room support at Foshan factory and showroom | working hours, two engineers |
| Remote support | Remote desktop support for eleven sales offices | service desk hours |
| Endpoint management | Patching, antivirus, software distribution for about 650 endpoints | continuous |
| Asset management | Inventory of computers and printers, monthly reconciliation | monthly |

## Schedule 2 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition charge | one-time | 48,000 |
| Monthly service charge | up to 700 users, per month | 58,000 |
| Monthly service charges for the Term | 24 × 58,000 | 1,392,000 |
| Total Contract Value | | 1,440,000 |
| Additional user | per user per month | 85 |
| Exit assistance | per engineer day | 1,600 |

## Schedule 3 — Service Levels and Credits

| Priority | Definition | Response | Resolution | Credit if missed in a month |
|---|---|---|---|---|
| Priority 1 | Factory production planning, ERP access or network down for a site | 6 hours | 24 hours | 5% of the monthly service charge |
| Priority 2 | A department or several users cannot work | 8 hours | 2 working days | 3% of the monthly service charge |
| Priority 3 | A single user affected | next working day | 5 working days | 1% of the monthly service charge |
| Service desk | Calls answered within 60 seconds | 90% of calls | — | 2% of the monthly service charge |
"""

E05 = r"""DATA API SUBSCRIPTION AGREEMENT

Agreement No. AGR-CN-2026-114

This Data API Subscription Agreement (the "Agreement") is made between:

Qingdao Haifeng Grain and Oilseeds Trading Co., Ltd., 36 Xianggang Middle Road, Shinan District, Qingdao, Shandong, People's Republic of China (the "Customer"); and

Chiquitano Agrodatos S.R.L., Avenida Cristo Redentor 2150, Santa Cruz de la Sierra, Plurinational State of Bolivia (the "Provider").

BACKGROUND

The Provider collects and publishes daily market data on soybeans, soybean meal, sunflower seed, quinoa and chia from South American producing regions, including farm-gate prices, river barge freight, crop condition reports and export registrations. The Customer imports oilseeds into China and wishes to receive this data through the Provider's application programming interface (the "API") for use in its trading, risk and procurement systems. At the Customer's request all fees are stated and paid in Chinese Yuan (CNY).

1. DEFINITIONS

1.1 "Data" means the datasets described in Schedule A, as updated by the Provider from time to time.

1.2 "Subscription Year" means each period of 365 days starting on the Start Date or on an anniversary of it.

1.3 "Start Date" means 1 May 2026, the date on which the Provider shall activate the Customer's production API keys.

1.4 "Customer Systems" means the Customer's trading, risk, procurement and reporting systems that call the API.

1.5 "Customer Inputs" means the queries, portfolio identifiers, watch lists and any other information the Customer sends to the API.

2. SUBSCRIPTION

2.1 The Provider grants the Customer a non-exclusive, non-transferable right during the Term to access the API, download the Data and use the Data within the Customer's group in mainland China for its internal business purposes, including in internal reports and models.

2.2 The Customer may make up to 200,000 API calls per day. Calls above this volume are charged at CNY 0.02 per call, invoiced monthly in arrears. The Customer may not resell the Data or publish it in raw form.

2.3 The Provider shall supply up to 10 user accounts for the Provider's web portal, which offers charts and downloads of the same Data.

3. TERM AND RENEWAL

3.1 The Term consists of two Subscription Years from the Start Date.

3.2 At the end of the Term the Agreement renews for a further Subscription Year at the same fees unless either party gives written notice of non-renewal at least 60 days before the end of the current term. Fees for any renewal year may only change by written amendment signed by both parties.

4. FEES AND PAYMENT

4.1 The subscription fee is CNY 186,000 per Subscription Year, inclusive of VAT and any withholding tax, and CNY 372,000 for the two Subscription Years of the Term.

4.2 The subscription fee is invoiced quarterly in advance on the first day of each quarter of the Term (CNY 46,500 per quarter). Invoices are payable within 30 days after receipt.

4.3 There is no set-up, onboarding or other one-time fee. Overage charges under 2.2 are not part of the subscription fee.

5. ACTIVATION AND ACCEPTANCE

5.1 The Provider shall deliver the API documentation and test keys within 10 days after signature and activate production keys on the Start Date.

5.2 The Customer shall test the API for 15 days after the Start Date. The acceptance criteria are: all datasets in Schedule A are returned through the API; daily data for each dataset is published by the time stated in Schedule A on at least 14 of the 15 test days; historical data from January 2016 is available for each price series; and the Customer's test of 500 sample values against the Provider's portal shows no difference.

5.3 The Customer shall confirm acceptance in writing within 5 working days after the test period or list the criteria not met, which the Provider shall correct before a repeated test. Use of the Data during the test period is not acceptance.

5.4 If the Provider fails to activate production keys on the Start Date, or to correct a failed acceptance test within 10 days, for reasons attributable to it, the Provider shall pay CNY 600 for each day of delay, up to CNY 18,000.

6. SERVICE AND SUPPORT

6.1 The Provider will use commercially reasonable efforts to keep the API available and to publish the Data on the schedule described in Schedule A, but does not commit to any availability level or response time.

6.2 Support is provided by e-mail to api-support@agrodatos.bo during business hours in Santa Cruz. The Provider will answer support requests as soon as practicable.

6.3 The Provider may carry out maintenance at any time and will try to announce planned maintenance on its status page in advance.

7. INTELLECTUAL PROPERTY

7.1 The Provider owns the Data, the API and the portal, and all rights in them.

7.2 The Customer owns its own reports, models and analyses that use the Data.

7.3 Any custom data mappings, connector code or scripts that the Provider writes specifically to connect the API to the Customer Systems belong to the Customer, which may use, modify and license them freely.

8. CUSTOMER INPUTS AND DATA SECURITY

8.1 Customer Inputs belong to the Customer. The Provider shall use them only to deliver the API responses to the Customer and shall not use them for any other purpose, including analysis of the Customer's trading interests, and shall not disclose them to any third party.

8.2 The Provider shall protect Customer Inputs and the Customer's API keys with encryption in transit and at rest, access limited to named staff, and logging of access. API call logs shall be kept no longer than 90 days and then deleted.

8.3 The Provider shall notify the Customer within 24 hours after becoming aware of any unauthorised access to Customer Inputs or API keys, shall assist the Customer in limiting the consequences, and shall be responsible for losses caused by its breach of this clause.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the non-public information of the other party received under this Agreement, including the terms of this Agreement, and shall use it only to perform this Agreement.

9.2 This clause survives for three years after the Agreement ends.

10. SUBCONTRACTING

10.1 The Provider shall not subcontract the operation of the API or the handling of Customer Inputs without the Customer's prior written consent. The Provider's hosting provider named in Schedule A is approved.

11. LIABILITY

11.1 The Provider's total liability under this Agreement is limited to 150% of the total subscription fees for the Term.

11.2 Neither party is liable for indirect losses or for trading losses arising from decisions made using the Data, except where caused by wilful misconduct.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.

12.2 If the Customer terminates for the Provider's breach, the Provider shall refund the fees paid for the period after termination.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing, in English.

13A. CUSTOMER OBLIGATIONS

13A.1 The Customer shall keep its API keys secure, shall use the Data only as permitted in clause 2, and shall inform the Provider promptly if it believes that an API key has been compromised.

13A.2 The Customer shall not attempt to copy the whole database, circumvent usage limits or share access with persons outside its group.

13A.3 The Customer shall name a technical contact for integration and a commercial contact for invoices and renewal notices.

13B. CHANGES TO THE DATA

13B.1 The Provider may add new fields or datasets at no extra charge. The Provider shall give the Customer at least 60 days' notice before removing a dataset listed in Schedule A or changing the API in a way that is not backward compatible, and shall continue to provide the old version of the API during that notice period.

13C. AUDIT OF USE

13C.1 Once per Subscription Year the Provider may ask the Customer to confirm in writing that its use of the Data complies with this Agreement. The Customer shall answer within 30 days and shall correct any use outside the permitted scope.

14. GENERAL

14.1 Notices shall be given in writing to the addresses above.

14.2 Neither party may assign this Agreement without the other party's prior written consent.

14.3 This Agreement, with Schedule A, is the entire agreement of the parties on its subject.

SCHEDULE A - DATASETS

Soybean and soybean meal farm-gate prices, daily by department, published by 18:00 Bolivia time.
Sunflower seed, quinoa and chia prices, daily, published by 18:00 Bolivia time.
Paraná-Paraguay waterway barge freight rates, weekly, published on Mondays.
Crop condition and planting progress reports, weekly during the season.
Export registrations, daily, published by 20:00 Bolivia time.
Hosting provider: a major public cloud provider, region São Paulo.

For the Customer: ____________________ Name / Title / Date

For the Provider: ____________________ Name / Title / Date
"""

NAMES = {
    "z01": ("h526z01_gov_service_one_network_platform", "pdf", "zh"),
    "z02": ("h526z02_winery_tank_temperature_control", "docx", "zh"),
    "z03": ("h526z03_car_wash_chain_member_saas", "txt", "zh"),
    "z04": ("h526z04_science_museum_control_system_om", "txt", "zh"),
    "z05": ("h526z05_tofu_plant_mes_supplier_template", "md", "zh"),
    "e01": ("h526e01_dairy_wms_licence_ar_vendor", "pdf", "en"),
    "e02": ("h526e02_tea_chain_scheduling_saas_uy_vendor", "md", "en"),
    "e03": ("h526e03_cold_store_sensors_py_supplier", "docx", "en"),
    "e04": ("h526e04_furniture_managed_it_br_provider", "md", "en"),
    "e05": ("h526e05_grain_trader_data_api_bo_vendor", "txt", "en"),
}
TEXTS = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05, "e01": E01, "e02": E02, "e03": E03, "e04": E04,
         "e05": E05}

T = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
     "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
     "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
     "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def terms(*vals):
    assert len(vals) == len(T)
    return dict(zip(T, vals))


G, S = "goods_or_licence", "service"
# key: (category, terms, extra, design: fee_base for TCO, forum_outside_mainland, rules I designed)
DESIGN = {
    "z01": ("software",
            terms(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 36, 8, False, True, False,
                  "PRC", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=2720000),
            dict(fee_base=1260000, forum_outside=False), []),
    "z02": ("hardware",
            terms(None, 1, True, "buyer", True, True, True, 0.02, None, 20, True, True, 18, 25, False, True, False,
                  "PRC", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=940000),
            dict(fee_base=837480, forum_outside=False),
            ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    "z03": ("cloud",
            terms(99.5, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, True, True,
                  False, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=586400),
            dict(fee_base=None, forum_outside=False), ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "z04": ("services",
            terms(None, 0.25, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False, False,
                  False, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=468000),
            dict(fee_base=None, forum_outside=False), ["CR-CONFIDENTIALITY", "CR-TERMINATION"]),
    "z05": ("software",
            terms(None, 8, False, "supplier", True, False, True, None, None, 65, False, False, 6, None, False, True,
                  True, None, G),
            dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
                 contract_value=770000),
            dict(fee_base=420000, forum_outside=False),
            ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
             "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"]),
    "e01": ("software",
            terms(None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 13, False, True, False,
                  "Argentina", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1420000),
            dict(fee_base=880000, forum_outside=True), ["CR-GOVERNING-LAW"]),
    "e02": ("cloud",
            terms(99.95, 0.5, True, "buyer", True, False, True, 500 / 564000 * 100, 6 / 24 * 100, None, True, None,
                  None, None, False, True, False, "Uruguay", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=564000),
            dict(fee_base=None, forum_outside=True), ["CR-DATA-OWNERSHIP", "CR-GOVERNING-LAW", "CR-LIABILITY-CAP"]),
    "e03": ("hardware",
            terms(None, 2, True, "buyer", True, True, True, 0.1, None, None, True, True, 36, 7, False, True, False,
                  "PRC", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=798000),
            dict(fee_base=727000, forum_outside=False), []),
    "e04": ("services",
            terms(None, 6, True, "buyer", False, True, True, 1000 / 1440000 * 100, 150, None, True, None, None, None,
                  False, True, False, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1440000),
            dict(fee_base=None, forum_outside=False), ["CR-DATA-SECURITY", "CR-SLA-RESPONSE"]),
    "e05": ("cloud",
            terms(None, None, False, "buyer", True, True, True, 600 / 372000 * 100, 150, None, True, None, None, None,
                  False, True, False, "PRC", S),
            dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=372000),
            dict(fee_base=None, forum_outside=False), ["CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}
RISK = {"z01": "low", "z02": "high", "z03": "medium", "z04": "medium", "z05": "high", "e01": "low", "e02": "medium",
        "e03": "low", "e04": "high", "e05": "high"}
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]


def tco_share(t, x, d):
    """policy §4: horizon 5 years from acceptance; post-warranty years = horizon - warranty (pro rata)."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None, None
    horizon = 5
    post_years = max(0.0, horizon - t["warranty_months"] / 12)
    fees = post_years * t["post_warranty_fee_pct"] / 100 * d["fee_base"]
    tco = x["contract_value"] + fees
    return tco, fees / tco * 100


def my_rules(t, x, d):
    """My own reading of policy.md §3 (not project code)."""
    r = set()
    goods = t["contract_kind"] == G
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped")
                  or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or d["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    _, share = tco_share(t, x, d)
    if share is not None and share > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk_of(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---- threshold scan -------------------------------------------------------------------------------------------
CN = "〇零一二三四五六七八九十百千两"
PCT = r"\s*(?:%|％|percent\b|per\s*cent\b)"
BAD = [
    ("99.9", r"(?<![\d.])99\.9(?!\d)"),
    ("4 h", r"(?<![\d.])4\s*(?:个)?\s*(?:小时|hours?\b|hrs?\b|h\b)"),
    ("四小时", r"(?<![" + CN + r"])四\s*个?\s*小时"),
    ("four hours", r"(?<![\w-])four[\s-]*hours?"),
    ("240 min", r"(?<![\d.])240\s*(?:分钟|minutes?|mins?)"),
    ("0.05", r"(?<![\d.])0\.050*(?!\d)"),
    ("万分之五", r"万分之五(?![十百千\d])"),
    ("100%", r"(?<![\d.])100(?:\.0+)?" + PCT),
    ("百分之百", r"百分之百"),
    ("30%", r"(?<![\d.])30(?:\.0+)?" + PCT),
    ("百分之三十", r"百分之三十(?![一二三四五六七八九])"),
    ("三成", r"三成"),
    ("12 months", r"(?<![\d.])12\s*(?:个月|-?\s*months?)"),
    ("十二个月", r"(?<![" + CN + r"])十二\s*个?月"),
    ("twelve months", r"twelve[\s-]*months?"),
    ("一年", r"一年"),
    ("one year", r"(?<![\w-])one[\s-]*year"),
    ("15%", r"(?<![\d.])15(?:\.0+)?" + PCT),
    ("百分之十五", r"百分之十五(?![一二三四五六七八九])"),
    ("40%", r"(?<![\d.])40(?:\.0+)?" + PCT),
    ("百分之四十", r"百分之四十(?![一二三四五六七八九])"),
    ("四成", r"四成"),
    ("5 years", r"(?<![\d.])5\s*(?:年|-?\s*years?)"),
    ("五年", r"(?<![" + CN + r"])五\s*年"),
    ("five years", r"(?<![\w-])five[\s-]*years?"),
    ("60 months", r"(?<![\d.])60\s*(?:个月|-?\s*months?)"),
    ("六十个月", r"六十\s*个?月"),
]
BAD = [(n, re.compile(p, re.I)) for n, p in BAD]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "four hours", "4 hours", "240分钟", "0.05%", "0.05 %",
            "万分之五", "100%", "100 %", "百分之百", "30%", "30 per cent", "百分之三十", "三成", "12个月", "12 months",
            "12-month", "十二个月", "twelve months", "一年", "one year", "15%", "40%", "四成", "百分之四十", "5年", "5 years",
            "五年", "five years", "60 months", "60个月"]
MUST_MISS = ["24小时", "24 hours", "二十四小时", "twenty-four hours", "99.95%", "99.5%", "115%", "0.15%", "150%",
             "2025年", "2026年", "万分之五十", "服务年度", "Subscription Year", "35%", "130%", "0.055%", "14 hours",
             "112个月", "160 months", "25 years", "一至四层", "45%", "65%", "1,500%", "20%"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for name, rx in BAD:
            for m in rx.finditer(variant):
                hits.append((name, variant[max(0, m.start() - 15):m.end() + 15]))
    return hits


def selftest():
    for s in MUST_HIT:
        assert scan(s), "must hit: " + s
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))


# ---- read back --------------------------------------------------------------------------------------------------
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def measure(key, text):
    return len(text) if NAMES[key][2] == "zh" else len(text.split())


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    selftest()
    sources, targets = {}, {}
    for k, (stem, ext, lang) in NAMES.items():
        if ext in ("docx", "pdf"):
            sources[k] = TEXTS[k].strip("\n")
            targets[k] = (stem + "." + ext, ext)
        else:
            (OUT / (stem + "." + ext)).write_text(TEXTS[k].lstrip("\n"), encoding="utf-8")
            print("wrote", stem + "." + ext)
    write(sources, targets, OUT, wrap_words=True)

    covered, problems = set(), []
    for k, (stem, ext, lang) in NAMES.items():
        cat, t, x, d, design = DESIGN[k]
        rules = my_rules(t, x, d)
        assert rules == sorted(design), (k, rules, design)
        assert risk_of(rules) == RISK[k], (k, risk_of(rules), RISK[k])
        covered |= set(rules)
        # no label on a threshold
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4
        assert t["ld_rate_per_day_pct"] is None or abs(t["ld_rate_per_day_pct"] - 0.05) > 1e-9
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30
        assert t["warranty_months"] != 12 and t["post_warranty_fee_pct"] != 15
        tco, share = tco_share(t, x, d)
        if share is not None:
            assert abs(share - 40) > 2, (k, share)
        label = {"file": stem + "." + ext, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
                 "expected_rules": rules}
        (OUT / (stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        built = read_back(OUT / (stem + "." + ext))
        n = measure(k, built)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        ok = lo <= n <= hi
        hits = scan(built) + scan(TEXTS[k])
        print(f"{k} {stem}.{ext}: {n} {'chars' if lang == 'zh' else 'words'} {'OK' if ok else 'OUT OF RANGE'}; "
              f"rules {rules}; risk {RISK[k]}; tco {tco} share {share}; threshold hits {hits}")
        if not ok:
            problems.append((k, n))
        if hits:
            problems.append((k, hits))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    assert sum(1 for k in DESIGN if not DESIGN[k][4]) == 2
    assert problems == [], problems
    print("all checks passed")
