"""holdout639: builds ten blind held-out draft contracts and their .json labels, and asserts the checks of the brief.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). .docx/.pdf via ../word_pdf.py (PDF prewrapped)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:市慈善总会善款流向监管平台建设项目合同（政府采购）
P:合同编号：CSZH-ZC-2026-017
P:采购人（甲方）：江城市慈善总会
P:供应商（乙方）：江城明善信息技术有限公司
P:本项目经政府采购公开招标确定乙方为成交供应商。双方依据《中华人民共和国民法典》《中华人民共和国政府采购法》及招标文件、投标文件，就善款流向监管平台的软件许可与定制开发事宜订立本合同。招标文件、投标文件及澄清文件为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供“善款流向监管平台”软件永久许可（不限用户数），并完成以下定制开发：捐赠登记与电子票据对接、项目资金拨付审批流、受助对象核验接口（对接民政救助系统）、善款去向追溯看板、信息公开专栏及移动端查询小程序。
P:1.2 乙方负责平台在甲方政务云资源上的部署、历史捐赠数据导入、系统联调及操作培训。
P:1.3 项目工期为合同签订之日起一百五十日内完成上线试运行，试运行期六十日。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰捌拾捌万元整（¥1,880,000），其中：平台软件许可费¥680,000；定制开发费¥1,020,000；部署实施及数据导入费¥140,000；培训费¥40,000。
P:2.2 合同总价为固定价格，包含税费、差旅及乙方完成本项目所需的全部费用，履约期间不作调整。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行履约保函后十五个工作日内，甲方支付合同总价的20%作为预付款，计¥376,000。
P:3.2 平台上线试运行并通过初步验收后，甲方支付合同总价的45%，计¥846,000。
P:3.3 项目通过最终验收后，甲方支付合同总价的35%，计¥658,000。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方通过国库集中支付方式付款，因财政审批流程造成的合理延迟不视为甲方违约。
H:第四条 验收
P:4.1 初步验收：平台部署完成、全部定制功能按需求规格说明书实现、历史数据导入核对无误后，乙方书面申请，甲方组织初步验收。
P:4.2 最终验收：试运行期满，且满足下列标准的，甲方组织专家进行最终验收：（一）需求规格说明书所列功能全部通过测试，无一级、二级缺陷；（二）捐赠记录、拨付记录与财务账套逐笔核对一致；（三）500个并发用户下页面平均响应时间不超过2秒；（四）通过第三方网络安全等级保护二级测评；（五）交付源代码、数据库设计文档、操作手册及运维手册。
P:4.3 甲方应在收到验收申请后十个工作日内组织验收并出具书面意见，验收专家由甲方从专家库中抽取，乙方应派员到场答疑。未通过验收的，乙方应在十五日内整改后重新申请，费用由乙方承担。试运行、上线使用或甲方付款均不视为验收合格。
H:第五条 质保与维护
P:5.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程支持及每季度一次现场巡检。
P:5.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过¥61,200），且该标准在质保期满后三个年度内不得上调，维护合同另行签订。
H:第六条 服务水平
P:6.1 平台在质保期内月度可用率不低于99.95%（计划内维护时间不计入，维护应提前三个工作日通知并安排在夜间进行）。
P:6.2 故障分级及响应：一级故障（平台无法访问或捐赠、拨付业务中断）乙方应在30分钟内响应，3小时内恢复；二级故障（部分功能不可用）2小时内响应，次日内解决；三级故障（一般咨询及使用问题）在下一个工作日内答复。
P:6.3 乙方未达到上述响应或恢复时限的，每延迟一小时甲方可扣减¥1,000；月度可用率每低于承诺值0.01个百分点，扣减¥2,000，从应付款或履约保函中扣除。
H:第七条 知识产权
P:7.1 平台标准产品的著作权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 为本项目定制开发的程序、接口、看板、小程序及其源代码和技术文档，知识产权归甲方所有，甲方可自行或委托第三方使用、修改及二次开发，无需另行付费。
P:7.3 乙方保证交付成果不侵犯第三方知识产权，因侵权引起的索赔由乙方负责处理并承担全部费用。
H:第八条 数据安全
P:8.1 捐赠人信息、受助对象信息、资金拨付记录及平台产生的全部业务数据归甲方所有。乙方仅可为履行本合同处理上述数据，不得将其用于其他任何目的，不得向第三方提供。
P:8.2 乙方应按照《数据安全法》《个人信息保护法》及等级保护要求落实数据安全措施，包括访问权限最小化、敏感字段加密存储、操作日志留存不少于六个月；乙方人员仅可经甲方堡垒机访问生产环境，不得将数据复制至政务云以外。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任，包括甲方因此承担的行政处罚及对第三方的赔偿。
P:8.4 合同履行完毕后，乙方应将其持有的甲方数据全部交还并彻底删除，出具删除证明。
H:第九条 分包
P:9.1 本项目不允许分包。乙方不得将合同项下任何工作转包或分包给第三方。
H:第十条 违约责任
P:10.1 乙方逾期完成上线试运行或逾期通过最终验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 乙方交付成果不符合合同约定的，应免费修改直至符合要求，并赔偿甲方由此产生的损失。
P:10.3 甲方无正当理由逾期付款的，按应付未付金额的日万分之三向乙方支付违约金。
H:第十一条 不可抗力
P:11.1 因不可抗力不能履行合同的，受影响一方应在三日内通知对方，并在十五日内提供证明，双方协商延期履行，部分或全部免除责任。
H:第十二条 争议解决
P:12.1 本合同适用中华人民共和国法律。履行中发生争议的，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十三条 项目管理与培训
P:13.1 乙方应指定具有高级项目经理资格的人员担任项目经理，并保持核心团队稳定；确需更换项目经理的，应提前十个工作日书面报甲方同意，接替人员资质不得低于原人员。
P:13.2 乙方应在合同签订后十日内提交项目实施计划（含里程碑、人员安排及风险应对措施），每周提交项目周报，说明进度、问题及下周安排；甲方有权对实施过程进行检查并提出整改意见，乙方应及时落实。
P:13.3 乙方应为甲方业务人员、财务人员及信息管理员分别提供不少于两期的集中培训，提供培训教材及操作视频，培训效果以甲方组织的上机考核为准，考核不合格的乙方应补充培训。
P:13.4 乙方应配合甲方接受民政、审计、财政等部门对本项目的监督检查，如实提供项目资料，并在质保期内按甲方要求出具年度运行情况说明。
H:第十四条 其他
P:14.1 本合同自双方法定代表人或授权代表签字并加盖公章之日起生效，至双方义务履行完毕时终止。本合同一式六份，甲方四份，乙方二份，具有同等法律效力。
P:14.2 附件：需求规格说明书、分项报价表、项目实施计划、投标承诺函。
P:甲方（盖章）：江城市慈善总会　　　　乙方（盖章）：江城明善信息技术有限公司
P:签订日期：2026年　月　日
"""

Z02 = """T:卷筒纸胶印机控制系统改造及维保合同
P:合同编号：HY-YS-2026-0412
P:甲方（买方）：华源彩印包装股份有限公司
P:乙方（卖方）：常州恒准印刷自动化科技有限公司
P:甲方拥有两台双幅卷筒纸胶印机，原电气控制系统老化、备件停产。经比选，甲方委托乙方实施控制系统改造，并在质保期满后提供维保服务。双方经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责两台印刷机的主控PLC及伺服驱动更换、套准自动控制系统加装、墨量预置与远程诊断软件部署，以及操作台人机界面（HMI）的重新设计。
P:1.2 乙方负责旧系统拆除、新设备安装、接线、调试、工艺参数整定，并保证改造后设备可与甲方生产执行系统（MES）交换工单与产量数据。
P:1.3 改造须在甲方安排的两个停机窗口内完成，每台机器停机时间不超过二十天。
H:第二条 合同价格
P:2.1 本合同总价为人民币贰佰壹拾肆万元整（¥2,140,000），分项价格如下表：
TB:序号|项目|数量|金额（元）
TB:1|主控PLC、伺服驱动器及电机（两台机组）|2套|1,260,000
TB:2|套准自动控制系统（含摄像头、控制器）|2套|420,000
TB:3|控制及远程诊断软件永久许可|2套|280,000
TB:|设备及软件小计||1,960,000
TB:4|安装、拆除及调试|1项|150,000
TB:5|操作及维修培训|1项|30,000
TB:|合计||2,140,000
P:2.2 上述价格含设备、软件、运输、保险、税费及乙方人员费用。改造过程中如发现原机械部件存在需另行维修的问题，乙方应书面告知甲方，相关费用经甲方确认后另行结算。
P:2.3 乙方所供PLC、伺服驱动器及套准控制器须为全新原厂正品，附原厂合格证及装箱单；软件许可应以甲方名义登记，许可证书随货交付。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款，计¥428,000。
P:3.2 全部设备到货并经甲方清点签收后，支付合同总价的35%，计¥749,000。到货签收不代表质量验收。
P:3.3 两台机组均通过最终验收后，支付合同总价的35%，计¥749,000。
P:3.4 合同总价的10%（¥214,000）作为质量保证金，质保期满且无未决质量问题后十个工作日内无息支付。
H:第四条 验收
P:4.1 单机调试完成后，乙方书面申请，甲方组织最终验收。验收标准：（一）连续生产72小时无控制系统故障停机；（二）在设计车速下套准误差不超过0.1毫米；（三）开机至合格品的过版纸损耗较改造前下降不少于两成；（四）与MES的工单、产量数据对接一致；（五）提交电气图纸、PLC程序、参数表及操作维护手册。
P:4.2 验收不合格的，乙方应在十日内整改并重新验收。设备投入生产使用不视为验收合格。
H:第五条 质保
P:5.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费更换故障部件，免费提供软件修正及升级。
P:5.2 故障响应：一级故障（整机停机）乙方应在1小时内远程响应，8小时内到达现场；二级故障（单项功能失效）2小时内响应，24小时内到达现场。乙方未按时响应或到场的，每延误一小时向甲方支付¥800。
H:第六条 质保期满后的维保
P:6.1 质保期满后，乙方提供年度维保服务，内容包括每季度预防性维护、备件优先供应、远程诊断及软件升级。
P:6.2 年度维保费按设备及软件小计的25%计取，即每年¥490,000，在维保期内不作调整，按季度支付。
P:6.3 维保服务期限至验收之日起满五年时止，此后是否续签由双方另行协商。
P:6.4 维保期内乙方每季度提交维保报告，列明检查项目、更换部件、软件版本变化及下季度建议；维保期内更换的非易损部件不另收费。
H:第七条 知识产权
P:7.1 控制软件的著作权归原厂或乙方所有，甲方享有永久使用许可。
P:7.2 乙方为本项目编写的PLC程序、HMI画面及工艺参数表归甲方所有，乙方应交付可编辑的工程文件，甲方可自行修改或委托他人维护。
H:第八条 数据与网络安全
P:8.1 设备运行数据、生产工艺参数及与MES交换的数据归甲方所有，乙方不得用于本合同以外的目的。
P:8.2 远程诊断仅可经甲方开通的专用通道进行，每次连接需经甲方设备部批准，并保留操作记录。乙方应采取防病毒及访问控制措施，不得在设备中预留后门。
P:8.3 因乙方原因导致数据泄露、设备被非法控制或生产中断的，乙方承担全部赔偿责任，并应在2小时内通知甲方。
H:第九条 保密
P:9.1 双方对在合作中获知的对方技术资料、工艺参数、客户订单信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内继续有效。
H:第十条 分包
P:10.1 乙方可将电气安装及布线工作委托具备相应资质的安装单位实施，但应在进场前五个工作日书面通知甲方，并对安装单位的工作质量及现场安全承担责任。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一支付违约金。
P:11.2 因乙方原因造成甲方设备损坏的，乙方负责修复或赔偿。
P:11.3 甲方逾期付款的，按逾期金额的日万分之二支付违约金。
H:第十二条 合同解除
P:12.1 乙方逾期超过三十日，或经两次整改仍未通过验收的，甲方有权书面通知解除合同，乙方应退还已收款项并赔偿损失。
P:12.2 任何一方严重违约且在收到书面通知后十五日内未纠正的，守约方有权解除合同。
P:12.3 合同解除后，乙方应在十五日内拆除其未完成安装的设备，或经甲方同意按原状移交；已完成部分经双方确认后据实结算。
H:第十三条 现场安全
P:13.1 乙方人员进入甲方厂区应遵守甲方安全生产及消防管理制度，动火、登高及带电作业须办理审批手续，因乙方违规造成的安全事故由乙方负责。
P:13.2 乙方应在每个停机窗口开始前七日提交施工方案和人员名单，明确拆除、安装、调试各环节的责任人及安全措施，经甲方设备部和安全部会签后方可进场。
P:13.3 改造期间乙方应做好旧设备拆除件的标识和移交，拆下的电机、线缆等物资归甲方所有，由甲方统一处置。
H:第十四条 培训与备件
P:14.1 乙方应为甲方机长、电工及设备工程师提供不少于三期的培训，内容包括新系统操作、套准参数调整、常见报警处理及日常点检，每期培训后进行实操考核，考核记录作为验收资料。
P:14.2 乙方应随设备提供两台机组通用的随机备件一套，清单见技术协议附件；并保证自验收之日起八年内持续供应所有控制部件的备件，如原型号停产，应提供兼容替代方案并承担替换所需的软件修改。
P:14.4 乙方应在质保期内每季度对两台机组进行一次预防性检查，检查内容包括伺服系统温升、编码器信号、套准摄像头清洁度及控制柜散热，检查报告经甲方设备部签字确认后归档。
P:14.3 乙方应在验收前建立设备档案，记录每台机组的部件序列号、软件版本及参数备份，此后每次升级或更换部件后及时更新，并向甲方提交更新后的档案副本。
H:第十五条 争议解决
P:15.1 本合同适用中华人民共和国法律。发生争议协商不成的，提交常州仲裁委员会仲裁。
H:第十六条 其他
P:16.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术协议、设备清单、改造实施计划。
P:甲方（盖章）：华源彩印包装股份有限公司　　　乙方（盖章）：常州恒准印刷自动化科技有限公司
"""

Z03 = """连锁影院票务及会员管理系统服务合同

合同编号：XY-IT-2026-033
甲方：星映院线管理有限公司
乙方：杭州云幕软件服务有限公司

甲方旗下45家影院拟统一使用云端票务及会员管理系统。经比选，甲方选定乙方提供软件即服务（SaaS）及上线实施服务。双方经平等协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方通过其云平台向甲方45家影院提供售票、排片、卖品、会员储值与积分、线上购票小程序及经营报表等功能，账号数不限。
2. 乙方负责平台的运行、维护、版本升级及与国家电影票务综合信息管理平台的数据上报接口维护。
（二）实施服务
1. 乙方负责45家影院的系统配置、原票务系统会员数据迁移、与甲方财务系统及第三方票务渠道的接口开发、上线切换及驻场支持。
2. 实施分三批完成，全部影院应于合同生效后九十日内上线。

二、服务期限
（一）服务期为两个服务年度。第一个服务年度自首批影院上线之日起计算，第二个服务年度自第一个服务年度届满次日起计算。
（二）服务期满前三十日内，任何一方未书面提出不再续订的，本合同自动续展一个服务年度，续展次数不限。续展时乙方有权根据市场情况上调年度服务费，上调幅度不超过上一服务年度费用的8%，乙方应在服务期满前十五日通知甲方调整后的价格。

三、费用及支付
（一）年度服务费：每家影院每个服务年度¥9,600，45家影院合计每个服务年度¥432,000，两个服务年度共计¥864,000。
（二）实施费：一次性¥186,000，含数据迁移、接口开发及驻场支持。
（三）本合同总金额为人民币壹佰零伍万元整（¥1,050,000）。
（四）年度服务费按季度结算，每季度结束后十个工作日内，乙方开具发票，甲方支付当季服务费¥108,000。实施费在全部影院通过上线验收后十五个工作日内一次性支付。
（五）甲方不支付任何预付款。
（六）乙方开具的发票应列明所属季度、服务影院数量及当季扣减金额；可用率扣减及超时扣减在当季服务费中直接抵扣，双方对扣减金额有异议的，以双方确认的月度服务报告为准。

四、上线验收
（一）每批影院上线后连续运行十五日，且满足下列标准的，甲方出具上线验收单：
1. 售票、卖品、会员功能全部可用，无一级、二级缺陷；
2. 迁移会员的储值余额、积分与原系统逐户核对一致；
3. 与票务综合信息管理平台数据上报连续十五日无差错；
4. 高峰时段单笔出票时间不超过3秒。
（二）未达到标准的，乙方应在七日内整改，重新计算运行期。影院开始售票不视为验收合格。

五、服务水平
（一）平台月度可用率不低于99.5%，计划内维护应安排在凌晨二时至六时之间并提前三日通知。
（二）故障响应：一级故障（售票或会员功能中断）乙方应在30分钟内响应、2小时内恢复；二级故障2小时内响应、8小时内解决；三级故障在下一工作日内答复。
（三）服务补偿：月度可用率每低于承诺值0.1个百分点，按当季服务费的2%扣减，单季扣减不超过当季服务费的20%；一级故障恢复每超时一小时，扣减¥1,000。

六、数据安全与数据归属
（一）会员信息、交易记录、排片及经营数据均属于甲方，乙方仅为向甲方提供本合同服务而处理，不得用于任何其他目的，不得向第三方提供或进行分析利用。
（二）乙方应将甲方数据存储于中国境内的数据中心，采取加密存储、传输加密、访问审计等措施，平台应通过网络安全等级保护三级测评，并每年提供测评报告。
（三）发生数据泄露或安全事件的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
（四）服务终止后三十日内，乙方应按甲方要求导出全部数据交付甲方，并在甲方确认后彻底删除。

七、知识产权
（一）云平台及其标准功能的知识产权归乙方所有。
（二）为甲方定制开发的财务接口、渠道接口及专用报表，知识产权归甲方所有，乙方应交付源代码，甲方可自行修改或委托第三方使用。

八、实施管理与培训
（一）乙方应指定一名项目经理统筹实施，并为每批上线影院派驻不少于两名实施顾问，驻场时间自切换前三日起至切换后七日止。
（二）乙方应为每家影院的值班经理、售票员及卖品员提供上线前培训，为甲方总部运营、财务及会员运营人员提供报表与营销功能培训，并提供在线帮助中心和操作视频。
（三）乙方应在切换前完成全部会员数据的试迁移和两轮核对，切换方案须经甲方书面确认，并准备回退预案；切换当晚乙方技术负责人应全程在线。
（四）乙方应每月向甲方提交服务报告，内容包括可用率统计、故障清单及处理情况、版本更新说明及下月计划。

九、甲方责任
（一）甲方应指定总部信息部门作为对接部门，协调各影院提供场地、网络及终端设备，并按实施计划安排人员参加培训。
（二）甲方应保证各影院的售票终端、打印机、网络线路符合乙方书面提出的最低配置要求。因甲方终端或网络原因造成的服务中断，不计入可用率考核。
（三）甲方应妥善保管平台账号和密码，因甲方人员泄露账号造成的损失由甲方自行承担。

十、保密
双方对在履约中获知的对方商业信息、经营数据及技术资料负有保密义务，未经对方书面同意不得披露，保密期限至合同终止后三年。

十一、违约责任
（一）乙方未按约定时间完成全部影院上线的，每逾期一日，按合同总金额的万分之六向甲方支付违约金。
（二）乙方累计承担的赔偿责任以合同总金额的200%为限，但数据泄露、故意或重大过失造成的损失不受此限。

十二、分包
乙方不得将实施服务分包给第三方；确需分包的，须事先取得甲方书面同意，并对分包方的行为承担连带责任。

十三、合同解除
（一）乙方严重违约，且在甲方书面通知后十五日内未予纠正的，甲方有权解除合同，并要求乙方赔偿损失。
（二）连续两个季度月度可用率低于承诺值的，甲方有权解除合同，不承担任何违约责任。已预付或已结算但未提供服务期间的费用，乙方应在解除后十五日内退还。

（三）合同解除或服务期满不再续订的，乙方应提供不少于六十日的过渡期服务，过渡期内按原标准提供服务并按实际天数结算，协助甲方将数据迁移至新系统，不得以任何方式阻碍数据导出或降低服务水平。

十四、服务变更
（一）甲方新增或关闭影院的，应提前三十日书面通知乙方。新增影院按每家每个服务年度¥9,600的标准、按实际服务月份折算计费，实施费另行协商；关闭影院的服务费自关闭次月起停止计收。
（二）乙方对平台功能进行重大调整，或变更数据存储位置、主要云服务提供商的，应提前三十日书面通知甲方，并不得降低本合同约定的服务水平和安全要求。

十五、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交杭州仲裁委员会仲裁。

十六、其他
本合同自双方签字盖章之日起生效，一式四份，双方各执两份。双方联系人及通知地址以本合同签署页所载为准，一方变更的应提前五日书面通知对方。附件：功能清单、影院上线计划、接口规范。

甲方（盖章）：星映院线管理有限公司
乙方（盖章）：杭州云幕软件服务有限公司
日期：2026年　月　日
"""

Z04 = """老年大学教务管理系统运维服务合同
（竞争性磋商项目）

项目编号：LNDX-CS-2026-06
采购人（甲方）：滨湖市老年大学
供应商（乙方）：滨湖市智联信息服务有限公司

根据滨湖市老年大学教务管理系统运维服务项目竞争性磋商结果，乙方为成交供应商。双方依据《中华人民共和国民法典》《中华人民共和国政府采购法》，就该系统运维服务订立本合同。磋商文件、响应文件及成交通知书为本合同组成部分。

第一条 服务对象与范围
（一）服务对象：甲方教务管理系统，包括招生报名、选课缴费、排课考勤、学员档案、教师课酬及微信报名小程序等模块，以及配套的应用服务器、数据库服务器和备份设备。
（二）服务内容：日常巡检与监控、故障处理、数据库维护与备份、安全加固与补丁更新、每学期开学前的报名高峰保障、报表与小程序的小型功能调整（每学期不超过二十个工作日）、用户咨询及教务人员操作培训。
（三）服务期自2026年3月1日起至2027年2月28日止。服务期满本合同自然终止，不自动续期；甲方如需继续采购，另行组织采购程序。

第二条 服务费用及支付
（一）服务费总额为人民币叁拾捌万陆仟元整（¥386,000），为固定总价，包含人员、工具、差旅、税费等全部费用。
（二）本合同不设预付款。服务费按季度支付，每季度服务结束并经甲方季度考核后，甲方在十五个工作日内支付当季服务费¥96,500。
（三）季度考核扣减的金额从当季服务费中直接扣除。

第三条 服务水平
（一）系统月度可用率不低于99.95%。计划内维护须提前三个工作日报甲方同意，并安排在非教学时段。
（二）故障分级与时限：一级故障（系统无法访问、报名缴费中断）乙方应在30分钟内响应，2小时内恢复；二级故障（单个模块不可用）1小时内响应，8小时内恢复；三级故障（一般问题及咨询）在下一个工作日内处理完毕。
（三）每学期报名开放首三日，乙方应安排工程师驻场值守，并在报名开放前完成压力测试和扩容演练，测试报告报甲方备案。
（四）乙方未达到上述时限的，每超时一小时扣减服务费¥500；月度可用率每低于承诺值0.01个百分点扣减¥1,000；报名高峰期间发生一级故障的，每次另扣减¥3,000。

第四条 人员配置
（一）乙方应配备驻场工程师一名（工作日全天驻场），并配备数据库及安全工程师各一名提供远程支持。驻场工程师应具备三年以上同类系统运维经验。
（二）乙方更换驻场工程师，应提前十个工作日书面报甲方同意，并完成不少于五个工作日的交接。

第五条 日常运维要求
（一）日常巡检：乙方每个工作日对服务器资源、数据库运行状态、备份任务及应用日志进行巡检，每周提交巡检周报，每月提交运维月报，月报内容包括可用率统计、故障清单及原因分析、补丁更新情况及改进建议。
（二）备份管理：数据库每日全量备份一次，每小时增量备份，备份数据保存于甲方指定的本地备份设备及异地存储，保留周期不少于九十日。
（三）安全加固：乙方应每季度开展一次漏洞扫描和基线核查，高危漏洞应在五个工作日内完成修复或采取临时防护措施，并向甲方提交整改报告。
（四）变更管理：任何配置变更、版本发布和功能调整均应提交变更申请，说明变更内容、影响范围及回退方案，经甲方信息管理员批准后实施。

第六条 甲方责任
（一）甲方应指定教务处一名工作人员作为联系人，负责需求提出、工作确认及考核组织。
（二）甲方应为驻场工程师提供必要的办公场地、网络接入条件及机房出入权限，并及时提供运维所需的系统账号和技术资料。甲方原系统开发商的技术支持由甲方负责协调，乙方应在甲方授权范围内与其对接。
（四）服务期满或合同解除时，乙方应向甲方或甲方指定的后续服务单位完成交接，移交全部账号、口令、文档及未关闭的问题清单，交接完成前不得撤离驻场人员，交接情况以双方签字的交接清单为准。
（三）甲方应在每学期报名开始前二十日告知乙方招生计划和报名安排，以便乙方提前做好扩容和压力测试。

第七条 考核与验收
（一）季度考核：甲方每季度依据运维服务考核表对乙方进行考核，考核项目包括可用率、故障响应及恢复时限、巡检及备份记录完整性、学员满意度抽查结果，考核得分低于80分的，甲方有权要求乙方限期整改。
（二）年度验收：服务期满后十五个工作日内，甲方组织验收，验收标准为：全年四个季度考核均合格；全年未发生因乙方原因导致的数据丢失；运维日志、巡检报告、备份恢复演练记录、变更记录及系统配置文档完整交付。
（三）验收不合格的，乙方应在十日内整改并重新申请验收。
（四）乙方应在服务期开始后二十日内完成系统现状评估，提交包括服务器配置、软件版本、账号清单、备份策略和已知问题在内的评估报告，作为年度验收时对比系统改善情况的依据。

第八条 违约责任
（一）乙方未按约定日期开始提供服务，或未按约定期限完成开学前报名高峰保障准备的，每逾期一日，按服务费总额的千分之一支付违约金。
（二）因乙方原因导致数据丢失或损坏的，乙方应负责恢复并赔偿甲方全部损失。
（三）甲方逾期付款的，按逾期金额的日万分之二支付违约金。

第九条 数据安全
（一）系统中的学员个人信息、缴费记录、教学数据及运维过程中产生的数据均归甲方所有，乙方仅可为提供本合同服务使用，不得复制、留存或用于其他用途。
（二）乙方应落实数据安全责任：运维账号实行实名制和最小权限，远程运维须经甲方审批并通过堡垒机进行，数据库导出须经甲方书面批准；每日备份并每季度进行一次恢复演练。
（三）发生数据泄露、丢失或遭受网络攻击的，乙方应在1小时内报告甲方并采取处置措施；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

第十条 保密
乙方及其人员对在服务中知悉的甲方工作秘密、学员信息及系统口令负有保密义务，驻场人员应签署保密承诺书。保密义务不因合同终止而解除。

第十一条 知识产权
乙方在服务期间编写的运维文档、脚本、报表及小程序功能调整代码，知识产权归甲方所有，乙方应在验收时一并交付，甲方可自由使用和修改。

第十二条 转包与分包
乙方不得将本合同服务转包或分包给任何第三方。

第十三条 合同解除
（一）乙方连续两个季度考核不合格，或发生因乙方原因造成的重大数据安全事件的，甲方有权解除合同。
（二）任何一方严重违约，经书面催告后十五日内仍未改正的，另一方有权解除合同。合同解除后，乙方应配合甲方完成运维交接，交接期不少于二十日。

第十四条 争议解决
本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十五条 其他
本合同自双方签字盖章之日起生效，一式五份，甲方三份，乙方二份。乙方响应文件中优于本合同的服务承诺，视为本合同内容，乙方应一并履行；本合同与磋商文件不一致的，以对甲方更有利者为准。合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。

甲方（盖章）：滨湖市老年大学
乙方（盖章）：滨湖市智联信息服务有限公司
签订日期：2026年2月　日
"""

Z05 = """# 冷库仓储管理系统（WMS）软件许可及定制开发合同

**凌霜科技标准合同文本 V3.0**

合同编号：LS-WMS-2026-0158

甲方（用户）：北岭乳业冰淇淋有限公司

乙方（供应商）：凌霜冷链科技有限公司

鉴于甲方需建设低温成品库及原料冷库的仓储管理系统，乙方拥有“凌霜冷链WMS”软件产品及相关实施能力，双方经友好协商，按照乙方标准合同文本订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“凌霜冷链WMS”软件永久使用许可（一个法人、两个库区）。

1.2 乙方根据甲方需求进行定制开发，包括：手持RF枪上架拣货流程、冷库温湿度监控平台对接、批次及保质期先进先出策略、与甲方ERP系统的出入库单据接口、冷链车辆月台预约模块。

1.3 乙方负责系统安装部署、基础数据初始化及操作培训。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 凌霜冷链WMS软件许可（两个库区） | 560,000 |
| 2 | 定制开发（RF流程、温控对接、先进先出策略、ERP接口、月台预约） | 640,000 |
| 3 | 安装部署、数据初始化及培训 | 120,000 |
| | 合计 | 1,320,000 |

合同总价为人民币壹佰叁拾贰万元整（¥1,320,000），含税。

## 第三条 付款方式

3.1 合同签订后七个工作日内，甲方支付合同总价的65%，即¥858,000，乙方收款后启动项目。

3.2 系统上线运行后七个工作日内，甲方支付合同总价的35%，即¥462,000。

3.3 甲方逾期付款的，乙方有权暂停实施及服务，工期相应顺延，甲方并应按逾期金额每日千分之一支付违约金。

## 第四条 实施与交付

4.1 乙方在收到首笔款项后一百二十日内完成部署及定制开发，并安排系统上线。

4.2 甲方应按乙方要求及时提供服务器、网络、手持终端及基础数据，并安排关键用户参与测试。因甲方原因造成的延误，工期顺延。

4.3 甲方应自行采购并提供满足乙方配置清单的应用服务器、数据库服务器、无线网络及手持终端。冷库低温环境下手持终端及无线网络的稳定性由甲方负责，乙方可提供选型建议。

4.4 乙方实施团队以远程方式为主，现场实施人天以报价所含人天为限，超出部分按每人天¥2,800另行计费。

4.5 需求确认后，甲方提出新增或变更需求的，乙方有权另行报价并相应调整工期。

4.6 乙方为甲方仓库主管、库管员及叉车拣货人员提供两次集中培训，培训地点在甲方工厂，培训资料以电子版形式提供。此后甲方新入职人员的培训由甲方关键用户负责，乙方如需再次派员培训，按每人天¥2,800收费。

4.7 系统上线当月，乙方安排一名实施顾问现场支持不超过十个工作日，协助甲方完成首次月度盘点及账实核对。

## 第五条 验收

5.1 系统部署完成并上线运行即视为甲方验收合格。

5.2 上线后甲方提出的问题，乙方在质保期内予以处理，但不影响验收结论及付款。

## 第六条 质保及维护

6.1 质保期为六个月，自系统上线之日起计算。质保期内乙方提供免费远程支持及缺陷修复。

6.2 质保期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，维护费按乙方当年度公布的价目表执行。

6.3 服务响应：甲方报告一级故障（系统无法出入库作业）后，乙方在8小时内响应；其他问题在三个工作日内答复。

## 第七条 知识产权

7.1 “凌霜冷链WMS”软件及其全部文档的知识产权归乙方所有。

7.2 为本项目定制开发的程序、接口、策略配置及相关文档的知识产权同样归乙方所有，甲方在本合同约定的范围内享有非独占的使用权，不得自行或委托第三方修改、反编译或转让。源代码不属于交付范围。

## 第八条 数据

8.1 甲方业务数据归甲方所有。

8.2 乙方应采取合理的技术措施保护甲方数据安全，包括账号权限控制、数据库访问日志和定期备份；远程维护前应取得甲方同意。发生数据泄露的，乙方应及时通知甲方，并对因其过错造成的直接损失承担责任。

8.3 甲方同意，乙方可在去除甲方名称等标识信息后，将系统运行中产生的库存周转、作业效率、温控曲线等数据用于乙方产品优化、行业分析及向其他客户提供的基准服务。

8.4 系统上线后，甲方可通过系统导出功能自行导出业务数据。合同终止后，乙方不负责保存甲方数据，甲方应在终止前自行完成数据备份。

8.5 乙方远程维护时使用的账号由乙方统一管理，乙方可根据维护需要查看甲方系统中的库存、订单及作业数据。

## 第九条 保密

9.1 双方对在合作中获悉的对方商业秘密和技术资料负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后两年内有效。

## 第十条 违约责任

10.1 乙方未按第4.1条约定时间上线的，每逾期一日，按合同总价的万分之二支付违约金，违约金总额不超过合同总价的5%。

10.2 乙方在本合同项下承担的全部赔偿责任，以合同总价的20%为限。

10.3 任何一方均不对对方的间接损失、利润损失、库存货物损失承担责任。

10.4 因甲方提供的服务器、网络、手持终端或温控设备故障造成的系统异常、数据差异或作业中断，乙方不承担责任；乙方协助排查的，按现场服务标准另行收费。

## 第十一条 合同解除

11.1 一方严重违约，经守约方书面通知后三十日内未纠正的，守约方有权解除合同。

11.2 因甲方原因解除合同的，已付款项不予退还。

11.3 合同解除后，甲方应停止使用定制开发部分，并在乙方要求时删除相关程序副本；软件许可部分在甲方付清全部款项的前提下继续有效。

## 第十二条 甲方责任

12.1 甲方应指定项目负责人，负责需求确认、内部协调及测试安排，并确保基础数据（物料主数据、库位编码、客户及供应商资料）的准确性。因基础数据错误造成的系统问题，不属于乙方责任。

12.2 甲方应妥善保管系统管理员账号，定期修改密码；甲方自行修改系统配置或数据库造成的故障，乙方修复时另行收费。

12.3 甲方应在系统上线前完成ERP接口所需的ERP侧开发配置，ERP厂商的配合费用由甲方承担。

12.4 甲方应安排专人在上线前完成库位标签、货品条码的张贴和核对，并组织盘点，确保期初库存数据准确。因期初数据不准确导致的账实差异，由甲方自行负责处理。

## 第十三条 不可抗力

13.1 因不可抗力导致合同无法履行的，双方互不承担责任。受影响方应及时通知对方，并在合理期限内提供证明。

## 第十四条 争议解决

14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效。本合同一式两份，双方各执一份。

15.2 本合同文本为乙方标准文本，双方对条款的补充或修改应以书面形式另行约定。

15.3 本合同附件包括：功能清单、定制开发需求说明、服务器及终端配置清单。附件与正文不一致的，以正文为准。乙方的产品宣传资料、演示内容不构成合同承诺。

甲方（盖章）：北岭乳业冰淇淋有限公司

乙方（盖章）：凌霜冷链科技有限公司

日期：　　年　　月　　日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. NTX-IL-2026-044
P:This Software Licence and Services Agreement (the "Agreement") is made between Ningbo Tianxiu Textile Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Ningbo, Zhejiang Province (the "Buyer"), and Indus Ledgerworks (Private) Limited, a company incorporated in Pakistan with its registered office at Shahrah-e-Faisal, Karachi (the "Vendor").
P:The Buyer operates dyeing and finishing plants and wishes to replace its paper-based quality records with a quality-management system. The Vendor owns the QualiTrace quality-management software and has offered to license it to the Buyer and to configure, integrate and implement it. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Licensed Software" means the QualiTrace software in object code, version 7, including the laboratory, inspection, non-conformance and supplier-quality modules, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, report templates, workflow configurations, scripts and documentation written by the Vendor specifically for the Buyer under this Agreement.
P:1.3 "Buyer Data" means all data entered into, processed by or generated by the Licensed Software in the Buyer's environment, including test results, batch records, supplier records and personal information of the Buyer's employees.
P:1.4 "Final Acceptance" means the Buyer's written acceptance certificate issued under Article 5.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Licensed Software at the Buyer's plants in the People's Republic of China for up to 350 named users and two production sites.
P:2.2 The Buyer may make copies for backup, testing and disaster recovery. The licence may be transferred to an affiliate of the Buyer on written notice to the Vendor.
P:2.3 The Licensed Software remains the property of the Vendor. Nothing in this Agreement transfers ownership of the Vendor's pre-existing software to the Buyer.
H:Article 3 Scope of Services
P:3.1 The Vendor shall install the Licensed Software on servers provided by the Buyer in its Ningbo data room, configure it according to the agreed specification, and build interfaces with the Buyer's ERP system, its laboratory spectrophotometers and its production scheduling system.
P:3.2 The Vendor shall migrate three years of historical test records, train key users and administrators, and support the go-live on site for ten working days.
P:3.3 The Vendor shall complete installation within 60 days and be ready for the final acceptance test within 150 days after the Effective Date, according to the project plan in Annex 2.
H:Article 4 Price and Payment
P:4.1 The total Contract Price is CNY 1,680,000, fixed and inclusive of all taxes, travel and expenses, made up of: licence fee CNY 1,240,000; configuration, interfaces and data migration CNY 380,000; training CNY 60,000.
P:4.2 The Buyer shall pay 20% of the Contract Price (CNY 336,000) within 30 days after signature, against the Vendor's invoice and an advance-payment guarantee from a bank acceptable to the Buyer.
P:4.3 The Buyer shall pay 45% of the Contract Price (CNY 756,000) after installation and completion of the interface tests, and the remaining 35% (CNY 588,000) within 30 days after Final Acceptance.
P:4.4 All payments are made in CNY by bank transfer. The Vendor bears its own bank charges and any withholding tax required by law.
H:Article 5 Acceptance
P:5.1 When the system is ready, the Vendor shall notify the Buyer in writing, and the Buyer shall run the final acceptance test within 20 working days.
P:5.2 The system passes the test only when: (a) every function in the specification has been tested with no open Severity 1 or Severity 2 defect; (b) the migrated test records reconcile with the source records by count and by checksum; (c) the ERP and instrument interfaces transfer data without error for ten consecutive working days; and (d) the documentation, including the administrator manual and the interface specifications, has been delivered.
P:5.3 If the system fails the test, the Vendor shall correct the defects within 15 days and the test shall be repeated. Go-live, productive use or payment does not amount to acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Licensed Software and the Custom Deliverables will perform materially in accordance with the specification for 18 months from Final Acceptance, and will correct any defect reported during that period free of charge.
P:6.2 During the warranty period the Vendor shall respond to Severity 1 incidents (the system is unavailable or quality release of batches is blocked) within 2 hours, by remote session, and shall restore service or provide a workaround within 8 hours. Severity 2 incidents shall be answered within 6 hours and resolved within three working days.
P:6.3 For each hour by which the Vendor exceeds a response or restoration time, the Buyer may deduct CNY 1,000 from any amount due or claim it from the Vendor.
P:6.4 After the warranty period, the Vendor shall offer annual support at 11% of the licence fee (CNY 136,400 per year), which shall not be increased for the first three years of support. Support renews only by a new purchase order of the Buyer.
H:Article 7 Intellectual Property
P:7.1 All intellectual property in the Custom Deliverables vests in the Buyer on creation. The Vendor shall deliver their source code and documentation, and the Buyer may use, modify and license them freely.
P:7.2 The Vendor warrants that the Licensed Software and the Custom Deliverables do not infringe any third party's rights and shall defend and indemnify the Buyer against any such claim.
H:Article 8 Data Protection and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may process Buyer Data only to perform this Agreement and only on the Buyer's instructions, and shall not use it for any other purpose.
P:8.2 The Vendor shall access the Buyer's systems only through the Buyer's VPN with multi-factor authentication, from named accounts approved by the Buyer, and shall not copy Buyer Data outside the Buyer's environment. Any transfer of personal information out of the People's Republic of China is forbidden.
P:8.3 The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China, keep access logs, and notify the Buyer within 12 hours of any actual or suspected security incident affecting Buyer Data.
P:8.4 The Vendor is liable for all losses caused by a security incident attributable to it, including fines and third-party claims, and shall take all remedial steps at its own cost.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and disclose it only to its staff and advisers who need to know it. This obligation continues for five years after the end of this Agreement.
H:Article 10 Delay Damages and Liability
P:10.1 If the system is not ready for the final acceptance test by the date in Article 3.3 for reasons attributable to the Vendor, the Vendor shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to infringement claims, breach of Article 8 or 9, personal injury, fraud or wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains fully responsible for any approved subcontractor.
H:Article 12 Term and Termination
P:12.1 This Agreement enters into force on signature by both parties (the "Effective Date") and continues until all obligations have been performed.
P:12.2 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after written notice, or if delay damages reach their maximum under Article 10.1. On such termination the Vendor shall refund the amounts paid for undelivered services.
P:12.3 The licence granted in Article 2 survives termination for any reason other than the Buyer's failure to pay the licence fee.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for a delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to mitigate. If such an event lasts more than 60 days, either party may terminate by written notice.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Islamic Republic of Pakistan.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be referred to arbitration in Karachi under the Arbitration Act 1940 of Pakistan, before a sole arbitrator appointed by agreement of the parties. The language of the arbitration shall be English.
H:Article 15 General
P:15.1 This Agreement, with its Annexes, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.
P:15.2 Notices shall be given in writing to the addresses above, by courier or by email with confirmation.
P:15.3 This Agreement is made in two English originals, one for each party.
P:Annex 1: Functional specification. Annex 2: Project plan. Annex 3: Interface list.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# ORDER FORM AND GENERAL TERMS — LEARNHIVE SUBSCRIPTION

Order Form No. LH-CN-2026-0917

# PART A — ORDER FORM

## A1. Parties

**Provider:** LearnHive Technologies (Private) Limited, 42 Main Boulevard, Gulberg III, Lahore, Pakistan, acting through its authorised reseller account for the People's Republic of China.

**Customer:** Suzhou Jinfeng Retail Chain Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Suzhou, Jiangsu Province.

This Order Form is governed by the General Terms in Part B. If Part A and Part B conflict, Part A prevails for the commercial terms listed in it.

## A2. Subscribed Services

The Customer subscribes to the LearnHive learning-management platform for its store staff, regional managers and head-office trainers, including course authoring, mobile learning, examinations, certification tracking, learning analytics and the Chinese-language user interface, for up to 850 active users.

The Provider shall also perform the onboarding services described in A5: tenant set-up, single sign-on with the Customer's identity system, integration with the Customer's HR system, migration of existing course materials and administrator training.

## A3. Subscription Term

The Subscription Term is 24 months, starting on the Service Start Date, which is the date on which the Provider gives the Customer administrator access to the production tenant.

At the end of the Subscription Term, this Order Form renews automatically for successive renewal terms of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the then-current term. For each renewal term the Provider may increase the subscription fees by up to 9% over the fees of the preceding term, by notice given at least 30 days before the renewal.

## A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Platform subscription | 850 users × CNY 26 per user per month × 24 months | 530,400 |
| Premium support | CNY 2,500 per month × 24 months | 60,000 |
| Onboarding services | one-time, fixed price | 68,000 |
| **Total fees for the Subscription Term** | | **658,400** |

The subscription and premium support fees are invoiced quarterly in advance at the start of each calendar quarter of the Subscription Term, each invoice being for one quarter only (CNY 73,800 per quarter). The onboarding fee is invoiced after the Customer signs the Onboarding Acceptance Certificate under A5. Invoices are payable within 30 days by bank transfer in CNY. The fees include VAT. Usage above 850 active users is charged separately at the same per-user rate and is not part of the total fees above.

## A5. Onboarding and Acceptance

The Provider shall complete the onboarding services within 45 days after signature of this Order Form. Onboarding is accepted when: (a) single sign-on works for all test accounts in every user group; (b) the HR integration synchronises new hires, transfers and leavers daily without error for ten consecutive days; (c) at least 95% of the migrated courses open and score correctly in a sampling test chosen by the Customer; and (d) the administrator training has been delivered. The Customer then signs the Onboarding Acceptance Certificate. Use of the platform before that date does not amount to acceptance.

If onboarding is not completed on time for reasons attributable to the Provider, the Provider shall pay CNY 600 for each day of delay, up to a total of CNY 30,000.

## A6. Service Levels

Monthly availability of the production platform is committed at 99.95%, excluding scheduled maintenance announced at least five days in advance and performed between 01:00 and 05:00 China Standard Time.

Priority 1 incidents (the platform is unavailable or no user can log in) receive a response within 1 hour and a workaround or fix within 6 hours, at any time of day. Priority 2 incidents receive a response within 3 hours during business hours.

If availability falls below the committed level in any month, the Customer receives a service credit of 5% of that month's subscription fee for each 0.1 percentage point of shortfall, up to 25% of that month's subscription fee. Credits are deducted from the next invoice.

# PART B — GENERAL TERMS

## 1. Definitions

1.1 "Customer Data" means all data, content and materials uploaded to or generated in the platform by or for the Customer, including user records, course content created by the Customer, learning records and examination results.

1.2 "Customer Configurations" means the course templates, certification paths, reports and integration mappings created by the Provider specifically for the Customer.

1.3 "Usage Data" means technical and statistical information about the use of the platform.

## 2. Use of the Services

2.1 The Provider grants the Customer and its authorised users a non-exclusive, non-transferable right to use the platform during the Subscription Term.

2.2 The Customer shall not resell the platform, attempt to reverse-engineer it or use it to build a competing product.

## 3. Customer Data

3.1 As between the parties, the Customer owns all Customer Data. The Provider shall process Customer Data to provide the services.

3.2 The Customer grants the Provider a perpetual, worldwide licence to use Customer Data and Usage Data in aggregated and de-identified form to improve and develop its products, to train its recommendation features and to publish industry benchmarks, during and after the Subscription Term.

3.3 At the end of the Subscription Term the Provider shall make Customer Data available for export for 30 days and then delete it from its production systems.

## 4. Security

4.1 The Provider shall host the Customer's tenant in a data centre located in mainland China, operated by a licensed cloud provider holding a valid MLPS level-3 record.

4.2 The Provider shall maintain administrative, technical and physical safeguards, including encryption in transit and at rest, role-based access, multi-factor authentication for its administrators and access logging.

4.3 The Provider shall notify the Customer within 24 hours after becoming aware of a security incident affecting Customer Data, investigate it and take remedial action, and shall be liable for the Customer's losses caused by an incident attributable to the Provider, subject to Section 8.

## 5. Intellectual Property

5.1 The Provider owns the platform and all improvements to it.

5.2 Customer Configurations belong to the Customer. The Customer may use, modify and let third parties use them without restriction, including after the Subscription Term.

## 6. Confidentiality

6.1 Each party shall protect the other party's confidential information with at least reasonable care, use it only for the purposes of this Order Form and not disclose it to third parties except to its employees and advisers who need to know it.

6.2 These obligations continue for three years after the end of the Subscription Term.

## 7. Subcontracting

7.1 The Provider shall not subcontract any part of the services without the Customer's prior written consent, and remains responsible for the acts and omissions of every approved subcontractor as for its own.

## 8. Limitation of Liability

8.1 Each party's total liability arising out of or in connection with this Order Form shall not exceed the total fees paid and payable by the Customer under this Order Form in the six months preceding the event giving rise to the claim.

8.2 Neither party is liable for indirect or consequential loss, loss of profits or loss of goodwill.

8.3 The limits in this Section do not apply to a party's liability for death or personal injury, fraud, or the Customer's payment obligations.

## 9. Term and Termination

9.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not cure it within 30 days after receiving written notice describing the breach.

9.2 If the Customer terminates for the Provider's breach, the Provider shall refund any prepaid fees for the period after termination.

9.3 Sections 3, 5, 6 and 8 survive termination.

## 10. Warranties

10.1 The Provider warrants that the services will be performed with reasonable skill and care and that the platform will perform materially in accordance with its documentation.

10.2 The Provider shall defend the Customer against any claim that the platform infringes a third party's intellectual property rights.

## 11. Governing Law and Disputes

11.1 This Order Form is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The arbitral award is final and binding on both parties.

## 12. General

12.1 Neither party may assign this Order Form without the other party's written consent, except to an affiliate in connection with a reorganisation.

12.2 Notices shall be in writing and sent to the contacts named in the signature block.

12.3 This Order Form may be signed in counterparts and by electronic signature.

**Signed for the Customer:** ____________________   **Signed for the Provider:** ____________________
"""

E03 = """T:SUPPLY AND LICENCE CONTRACT FOR PLANT CONDITION-MONITORING SENSORS
P:Contract No. WHC-EQ-2026-118
P:Buyer: Anhui Wanhe Cement Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Wuhu, Anhui Province (the "Buyer").
P:Supplier: Margalla Sensing Systems (Private) Limited, a company incorporated in Pakistan, with its registered office in Blue Area, Islamabad (the "Supplier").
P:The Buyer wishes to monitor the vibration and temperature of kiln drives, mills, fans and conveyors at its Wuhu clinker line, and the Supplier has offered wireless sensors, gateways and a monitoring software licence, together with installation and training. This contract is made on the Buyer's standard terms.
H:1. Definitions and Scope
P:1.1 "Equipment" means the sensors, gateways, mounting kits and spare parts listed in the Price Table in clause 2.
P:1.2 "Software" means the Supplier's AssetPulse monitoring software, version 5, licensed under clause 7, with its analytics, alarm and reporting modules.
P:1.3 "Deliverables" means the Equipment, the Software, the installation work, the site-specific alarm models, dashboards, integration scripts and documentation.
P:1.4 The Supplier shall supply, install, configure and commission the Deliverables, integrate the Software with the Buyer's distributed control system (DCS) and maintenance-management system, and train the Buyer's staff.
H:2. Price
P:2.1 The total Contract Price is CNY 1,504,000, fixed, inclusive of VAT, delivery to site, insurance, installation and all other costs, as set out below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensors|320|2,150|688,000
TB:2|Industrial gateways with mounting kits|24|9,800|235,200
TB:3|AssetPulse monitoring software, perpetual licence (site)|1|410,000|410,000
TB:|Hardware and Licence Subtotal|||1,333,200
TB:4|Installation, configuration and commissioning|1 lot|146,000|146,000
TB:5|Training|1 lot|24,800|24,800
TB:|Contract Price|||1,504,000
P:2.2 The Supplier shall not charge any amount not listed above unless agreed by a written change order signed by both parties.
H:3. Payment
P:3.1 Advance: 10% of the Contract Price (CNY 150,400) within 20 days after signature, against an advance-payment guarantee of the same amount issued by a bank in mainland China.
P:3.2 Installation: 55% of the Contract Price (CNY 827,200) after all Equipment has been installed and the Buyer has signed the Installation Certificate. The Installation Certificate records completion of installation only and is not acceptance.
P:3.3 Final: 35% of the Contract Price (CNY 526,400) within 30 days after the Buyer signs the Final Acceptance Certificate under clause 5.
P:3.4 Each payment is due against a valid VAT invoice.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver the Equipment to the Buyer's Wuhu plant within 75 days after signature and complete installation during the planned kiln stop notified by the Buyer.
P:4.2 The Supplier's staff shall follow the Buyer's site safety rules, including permits for work at height and near rotating equipment.
P:4.3 If delivery or readiness for the final acceptance test is late for reasons attributable to the Supplier, the Supplier shall pay delay damages of 0.08% of the Contract Price per day of delay, up to 8% of the Contract Price.
P:4.4 The Buyer shall provide free access to the installation areas, a suitable server room position with power and network connections, and escorts where its safety rules require them. The Buyer shall also make the DCS vendor available for the integration work at its own cost.
P:4.5 Within ten days after signature the Supplier shall submit a detailed installation plan, including the sensor mounting method for each asset type, the gateway positions and radio survey results, and the names of its site team. The plan requires the Buyer's written approval before work starts.
P:4.6 The Supplier shall provide training for up to 20 maintenance engineers and four system administrators, covering sensor replacement, gateway configuration, alarm tuning, report design and routine backup of the Software, and shall supply training manuals in Chinese and English.
H:5. Acceptance
P:5.1 After commissioning, the system shall run for 30 days. The Buyer shall then carry out the final acceptance test.
P:5.2 The test is passed when: (a) at least 98% of the sensors report data at their configured interval during the last ten days of the run; (b) readings of ten sample points chosen by the Buyer match a calibrated reference instrument within the tolerance in the technical specification; (c) alarms are raised in the Software and in the DCS within 10 seconds of a simulated threshold crossing; (d) the maintenance-management integration creates work orders from alarms correctly; and (e) all documentation has been delivered.
P:5.3 If the test fails, the Supplier shall correct the defects within 15 days and the test shall be repeated. Installation, use in production or payment is not acceptance.
H:6. Warranty and After-Warranty Support
P:6.1 The Supplier warrants the Equipment and the Software for 36 months from the date of the Final Acceptance Certificate. During the warranty the Supplier shall repair or replace defective Equipment free of charge, including battery failures, and provide Software updates.
P:6.2 Severity table for the warranty and support periods:
TB:Severity|Description|Response|Restoration
TB:Severity 1|Software server down, or more than a tenth of sensors offline|30 minutes|8 hours
TB:Severity 2|Single gateway or alarm function failed|2 hours|2 working days
TB:Severity 3|Questions and minor defects|next working day|agreed plan
P:6.3 For each hour by which the Supplier exceeds a response or restoration time, the Buyer may deduct CNY 1,000 from amounts due or from the performance guarantee.
P:6.4 After the warranty, the Supplier shall provide annual support at 8% of the Hardware and Licence Subtotal (CNY 106,656 per year), fixed for the first three years of support. Support is ordered by the Buyer year by year and does not renew automatically.
P:6.5 Within 15 days after signature the Supplier shall provide a performance guarantee of 10% of the Contract Price, issued by a bank in mainland China and valid until 30 days after the end of the warranty period. The Buyer may claim under it for any amount the Supplier owes under this contract and does not pay when due.
P:6.6 The Supplier shall keep a stock of spare sensors and gateways in mainland China sufficient to replace defective units within five working days, and shall ensure that spare parts remain available for at least eight years after Final Acceptance.
H:7. Licence and Intellectual Property
P:7.1 The Supplier grants the Buyer a perpetual, irrevocable, non-exclusive licence to use the Software at the Wuhu plant and any other plant of the Buyer's group in mainland China.
P:7.2 The site-specific alarm models, dashboards, integration scripts and documentation made for the Buyer belong to the Buyer. The Supplier shall hand over their editable source files, and the Buyer may use, modify and license them freely.
P:7.3 The Supplier shall indemnify the Buyer against any claim that the Deliverables infringe a third party's rights.
H:8. Data Security
P:8.1 All measurement data, alarm histories, equipment records and other data generated by the Deliverables belong to the Buyer. The Supplier may use them only to perform this contract.
P:8.2 The Software shall be installed on servers in the Buyer's plant network. The Supplier shall not transmit any data outside the Buyer's network, shall access the system only through the Buyer's remote-access gateway with per-session approval, and shall keep its firmware free of undocumented remote-access functions.
P:8.3 The Supplier shall report any security incident affecting the Deliverables or the Buyer's data within 12 hours, cooperate in the investigation, and bear all losses caused by incidents attributable to it.
H:9. Confidentiality
P:9.1 Each party shall keep confidential the other party's technical and commercial information received under this contract, including process data and plant drawings, and shall not disclose it to any third party without written consent. This obligation survives for five years after the contract ends.
H:10. Liability
P:10.1 The Supplier's total liability under this contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 8 and 9, which are unlimited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after written notice, or if the delay damages reach their maximum.
P:12.2 On termination for the Supplier's breach, the Supplier shall refund amounts paid for Deliverables not accepted and compensate the Buyer's losses.
H:13. Governing Law and Disputes
P:13.1 This contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Wuhu Arbitration Commission for arbitration in Wuhu.
H:14. General
P:14.1 This contract is made in English, in two originals. Annex 1: Technical specification. Annex 2: Installation plan. Annex 3: Sensor point list.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. GZH-MSA-2026-07

**Customer:** Guangzhou Huanan Apparel Group Co., Ltd., a company incorporated in the People's Republic of China, registered office in Panyu District, Guangzhou.

**Service Provider:** Karnaphuli Digital Services Limited, a company incorporated in Bangladesh, registered office at Agrabad Commercial Area, Chittagong, Bangladesh.

The Customer runs design offices, three garment factories and a logistics centre in Guangdong. It wishes to outsource its IT service desk, end-user support coordination and infrastructure monitoring. The Service Provider has offered to provide these services remotely from its delivery centre, with a small on-site team in Guangzhou. The parties agree as follows.

## Section 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Levels" means the performance targets in Schedule 2.

1.3 "Charges" means the amounts set out in Schedule 3.

1.4 "Service Commencement Date" means the date on which the Customer confirms in writing that the transition has passed the acceptance criteria in Section 4.

1.5 "Customer Data" means all data of the Customer and its employees, suppliers and customers that the Service Provider receives or can access in performing the Services, including tickets, user directories, system logs and configuration records.

## Section 2. Term

2.1 This Agreement starts on signature and the Services run for 36 months from the Service Commencement Date.

2.2 The Agreement ends at the end of that period. Any extension requires a written amendment signed by both parties; there is no automatic renewal.

## Section 3. Services

3.1 The Service Provider shall provide the Services in Schedule 1 with suitably qualified staff, in a professional manner and in accordance with good industry practice.

3.2 The service desk shall operate in Mandarin and English around the clock, every day of the year.

3.3 The Service Provider shall maintain an on-site team of two engineers at the Customer's Guangzhou head office during business hours and shall send engineers to the factories when a ticket requires on-site work.

3.4 The Service Provider shall keep a knowledge base of solutions, runbooks and configuration records for the Customer's environment and keep it up to date.

## Section 4. Transition and Acceptance

4.1 The Service Provider shall complete the transition of the Services from the Customer's current arrangements within 60 days after signature, following the transition plan agreed at the kick-off meeting.

4.2 The transition is accepted when: (a) every ticket category in Schedule 1 has been handled in a parallel run of 20 working days with at least 95% of tickets closed within target; (b) monitoring covers every server, network device and site link listed in the asset register, with alarms tested; (c) the knowledge base contains runbooks for every application in the service catalogue; and (d) the escalation matrix and reporting pack have been approved by the Customer. The Customer then confirms the Service Commencement Date in writing.

4.3 If the Service Commencement Date has not occurred within 60 days after signature for reasons attributable to the Service Provider, the Service Provider shall pay CNY 1,800 for each day of delay until it occurs.

## Section 5. Service Levels and Service Credits

5.1 The Service Provider shall meet the Service Levels in Schedule 2 every month and report on them in a monthly service report delivered within five working days after the end of the month.

5.2 If a Service Level is missed, the Customer is entitled to the service credit in Schedule 2, deducted from the next invoice. Service credits are a price adjustment and do not limit the Customer's other remedies.

5.3 The parties shall meet monthly to review performance, open problems and improvement actions.

## Section 6. Charges and Payment

6.1 The Charges are set out in Schedule 3. The Charges are fixed for the term and include all staff, tools, travel and overhead costs of the Service Provider.

6.2 The monthly service charge is invoiced monthly in arrears. The transition fee is invoiced after the Service Commencement Date. No amount is payable in advance.

6.3 Invoices are payable within 30 days after receipt of a correct VAT invoice. Amounts are paid in CNY to the Service Provider's account in mainland China.

## Section 7. Customer Data

7.1 Customer Data remains the property of the Customer. The Service Provider may use Customer Data only to provide the Services and shall not use it for any other purpose.

7.2 On expiry or termination, the Service Provider shall return all Customer Data in its possession to the Customer in a usable format.

## Section 8. Intellectual Property

8.1 The knowledge base, runbooks, scripts, reports and other materials created by the Service Provider for the Customer belong to the Customer, which may use, modify and share them with any successor provider without restriction.

8.2 The Service Provider's own tools and methods remain its property. To the extent they are embedded in the materials in 8.1, the Service Provider grants the Customer a perpetual, free licence to use them.

## Section 9. Confidentiality

9.1 Each party shall keep confidential the other party's non-public business and technical information obtained under this Agreement and shall not disclose it to any third party without the other party's written consent, except to its professional advisers or as required by law.

9.2 This obligation continues for three years after the end of this Agreement.

## Section 10. Liability

10.1 The Service Provider's total aggregate liability arising out of or in connection with this Agreement is limited to the Charges paid by the Customer in the eighteen months preceding the event giving rise to the claim.

10.2 Neither party is liable for indirect or consequential loss or loss of profit.

10.3 The limits in this Section do not apply to death or personal injury caused by negligence, or to fraud.

## Section 11. Personnel and Subcontracting

11.1 The Service Provider shall name a service delivery manager and shall not replace that person without the Customer's consent, which shall not be unreasonably withheld.

11.2 The Service Provider shall not subcontract any part of the Services without the Customer's prior written consent and remains responsible for every approved subcontractor.

## Section 12. Termination

12.1 The Customer may terminate this Agreement by written notice if the Service Provider commits a material breach and does not remedy it within 30 days after notice, or if the same Service Level is missed in three consecutive months.

12.2 Either party may terminate by written notice if the other party becomes insolvent.

12.3 On expiry or termination, the Service Provider shall provide exit assistance for up to 90 days at the rates in Schedule 3 so that the Services pass to the Customer or a successor without interruption.

## Section 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou. The arbitration shall be conducted in Chinese.

## Section 14. General

14.1 This Agreement, with its Schedules, is the entire agreement of the parties on its subject.

14.2 Changes to the Services are made only by a written change request signed by both parties.

## Schedule 1 — Service Description

| Service | Scope | Hours |
|---|---|---|
| Service desk | Single point of contact by phone, chat and portal for about 2,600 users; logging, triage, first-line resolution, password resets | 24 × 7 |
| End-user support | Remote desktop support, coordination of on-site visits, laptop and printer set-up for new staff | 24 × 7 remote, business hours on site |
| Infrastructure monitoring | Monitoring of 140 servers, 310 network devices and 11 site links; alarm handling and escalation | 24 × 7 |
| Patch coordination | Monthly patch cycle for Windows servers and desktops, within change windows approved by the Customer | Monthly |
| Reporting | Monthly service report, quarterly service review | Monthly / quarterly |

## Schedule 2 — Service Levels

| Priority | Definition | Response | Resolution or workaround | Credit for each miss |
|---|---|---|---|---|
| P1 | A factory, the logistics centre or a core business system is down | 15 minutes | 3 hours | CNY 2,000 |
| P2 | A department or a key application is degraded | 30 minutes | 8 hours | CNY 800 |
| P3 | A single user is affected | 2 hours | 2 working days | CNY 100 |
| Service desk | Calls answered within 60 seconds | 90% of calls per month | — | 2% of the monthly service charge |

## Schedule 3 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time, after the Service Commencement Date | 96,000 |
| Monthly service charge | CNY 58,000 × 36 months | 2,088,000 |
| **Total Charges for the term** | | **2,184,000** |
| Exit assistance | per engineer-day, only if requested | 2,200 |

**For the Customer:** ____________________   **For the Service Provider:** ____________________
"""

E05 = """DATA SUBSCRIPTION AGREEMENT
AGRO-WEATHER AND CROP DATA API

Agreement No. SRD-API-2026-12

PARTIES

1.1 Surma Agri Data Limited, a company incorporated in Bangladesh, with its registered office at Zindabazar, Sylhet, Bangladesh (the "Provider").

1.2 Yunnan Cuiling Tea Industry Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Pu'er, Yunnan Province (the "Customer").

1.3 The Customer manages tea gardens and buys fresh leaf from contracted growers in Yunnan. It wishes to use weather observations, short-range forecasts, soil-moisture estimates and crop-stage indices for its gardens and grower areas in its own planning systems. The Provider collects, models and distributes such data through an application programming interface (the "API"). The parties agree as follows.

DEFINITIONS

2.1 "Data" means the weather, forecast, soil-moisture, pest-risk and crop-stage datasets described in Annex A, as delivered through the API or as bulk files.

2.2 "Subscription Year" means each of the two consecutive periods of the Subscription Term, the first starting on the Start Date and the second starting on the first anniversary of the Start Date.

2.3 "Start Date" means the date on which the Customer signs the integration acceptance certificate under clause 6.

2.4 "Customer Inputs" means the locations of the Customer's gardens and grower plots, field observations, query logs and any other information supplied by the Customer or generated by its use of the API.

2.5 "Connectors" means the software components written by the Provider to load the Data into the Customer's farm-management system and data warehouse.

SUBSCRIPTION

3.1 The Provider grants the Customer, during the Subscription Term, a non-exclusive, non-transferable licence to access the API, download the Data and use the Data within the Customer's group in mainland China for its own business purposes, including in reports shared with its contracted growers.

3.2 The Subscription Term consists of two Subscription Years. It ends automatically at the end of the second Subscription Year. Any further subscription requires a new written order agreed by both parties.

3.3 The subscription covers up to 1,200 garden and plot locations and up to 400,000 API calls per month. Calls above that volume are charged at the rate in Annex B and are not part of the fees in clause 4.

FEES AND PAYMENT

4.1 The fees are:
(a) subscription fee for the first Subscription Year: CNY 318,000;
(b) subscription fee for the second Subscription Year: CNY 318,000;
(c) integration and Connector development fee, one-time: CNY 42,000.
The total fees under this Agreement are CNY 678,000, inclusive of VAT.

4.2 The subscription fee for each Subscription Year is invoiced in four equal quarterly instalments of CNY 79,500 at the end of each quarter of that Subscription Year.

4.3 The integration fee is invoiced after the Customer signs the integration acceptance certificate.

4.4 The Customer shall pay each correct invoice within 30 days of receipt, in CNY, to the Provider's bank account in mainland China notified in writing.

SERVICE

5.1 The Provider shall use commercially reasonable efforts to keep the API available and to update the Data at the frequencies described in Annex A.

5.2 The Provider may suspend the API for maintenance and shall try to give the Customer advance notice of planned maintenance by email.

5.3 The Customer may report problems through the Provider's support portal or by email. The Provider shall deal with reported problems in the order of their importance during its business hours.

5.4 The Provider does not warrant that the Data is free of errors or that forecasts will be accurate. Forecasts and model estimates are indicative only, and the Customer is responsible for its agronomic decisions.

CUSTOMER OBLIGATIONS

5A.1 The Customer shall keep its API credentials secure, use them only through its own systems and tell the Provider promptly if it believes they have been disclosed.

5A.2 The Customer shall supply accurate coordinates and boundaries for its gardens and grower plots, and update them when plots are added or removed. The Provider may rely on the locations supplied.

5A.3 The Customer shall not resell the Data, publish it in bulk, or use it to build a competing data service. Charts, summaries and advice derived from the Data may be shared with growers, buyers and public authorities.

CHANGES TO THE DATA

5B.1 The Provider may improve its models, add variables or change data formats from time to time. It shall give the Customer at least 60 days' written notice of any change that removes a variable listed in Annex A or breaks compatibility with the Connectors, and shall update the Connectors at its own cost so that the Customer's systems continue to receive the Data.

5B.2 If a change notified under clause 5B.1 materially reduces the value of the subscription to the Customer, the parties shall discuss in good faith an adjustment of the fees for the remaining part of the Subscription Term.

INTEGRATION AND ACCEPTANCE

6.1 Within 40 days after signature, the Provider shall develop the Connectors and connect the API to the Customer's farm-management system and data warehouse in a test environment.

6.2 The integration passes acceptance when: (a) the Data for all locations listed by the Customer loads into both target systems on schedule for 14 consecutive days; (b) a comparison of 200 sample records chosen by the Customer shows the loaded values match the values returned by the API; (c) the Connectors recover automatically after a simulated interruption without loss or duplication of records; and (d) the Provider has delivered the Connector source code, configuration guide and data dictionary.

6.3 If the integration fails, the Provider shall correct the defects and the test shall be repeated. Use of the Data in the test environment does not amount to acceptance. When the criteria are met, the Customer signs the integration acceptance certificate.

INTELLECTUAL PROPERTY

7.1 The Provider owns the API, its models and the Data, subject to the licence in clause 3.

7.2 The Connectors are made for the Customer and belong to the Customer from delivery. The Customer may use, modify and license them freely, and may have them maintained by any third party.

CUSTOMER INPUTS AND DATA SECURITY

8.1 Customer Inputs belong to the Customer. The Provider may use Customer Inputs only to deliver the Data and the API to the Customer under this Agreement and shall not use them for any other purpose, including model training or products for other customers.

8.2 The Provider shall store Customer Inputs in a data centre in mainland China, encrypt them in transit and at rest, restrict access to named staff who need it, and keep access logs.

8.3 The Provider shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China, including where grower names or contact details form part of Customer Inputs.

8.4 The Provider shall notify the Customer without undue delay after becoming aware of any unauthorised access to or loss of Customer Inputs, take all reasonable remedial steps, and be liable for the Customer's losses caused by such an event where it is attributable to the Provider.

8.5 At the end of the Subscription Term the Provider shall return Customer Inputs to the Customer and delete all copies, and confirm the deletion in writing.

CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including the Customer's garden locations and yields and the Provider's model documentation, and shall use it only for this Agreement.

9.2 This obligation continues for three years after the end of the Subscription Term.

LIABILITY

10.1 Each party's total liability under this Agreement is limited to 150% of the total fees in clause 4.1.

10.2 Neither party is liable for indirect or consequential loss, including loss of crops or loss of profit.

10.3 The limits in this clause do not apply to breach of clause 8 or 9, fraud or wilful misconduct.

SUBCONTRACTING

11.1 The Provider shall not subcontract the development of the Connectors or the hosting of Customer Inputs without the Customer's prior written consent, and remains responsible for any approved subcontractor.

TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

12.2 If the Customer terminates under clause 12.1, the Provider shall refund any fees paid for the period after termination.

12.3 Clauses 7, 8, 9 and 10 survive termination.

GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing under its rules in force at the time. The arbitration shall be conducted in English and Chinese.

GENERAL

14.1 This Agreement, with Annex A (Data description and update frequencies) and Annex B (Rates for additional calls), is the entire agreement of the parties.

14.2 Amendments must be in writing and signed by both parties.

14.3 Neither party may assign this Agreement without the other party's written consent.

For the Customer: ____________________
For the Provider: ____________________
"""

# ---------------------------------------------------------------- files, labels, design
N = None
FILES = {
    "z01": ("h639z01_charity_donation_flow_platform.pdf", "zh", "software"),
    "z02": ("h639z02_print_plant_web_press_control_retrofit.docx", "zh", "hardware"),
    "z03": ("h639z03_cinema_chain_ticketing_saas.txt", "zh", "cloud"),
    "z04": ("h639z04_senior_college_academic_system_om.txt", "zh", "services"),
    "z05": ("h639z05_ice_cream_cold_storage_wms_supplier_template.md", "zh", "software"),
    "e01": ("h639e01_qms_perpetual_licence_karachi_vendor.pdf", "en", "software"),
    "e02": ("h639e02_lms_saas_order_form_lahore_vendor.md", "en", "cloud"),
    "e03": ("h639e03_cement_condition_monitoring_sensors.docx", "en", "hardware"),
    "e04": ("h639e04_managed_it_services_36_months.md", "en", "services"),
    "e05": ("h639e05_agro_weather_data_api_subscription.txt", "en", "cloud"),
}
SRC = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05,
       "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# terms in KEYS order; extra = (sla_clause, ld_stated, post_warranty_fee_capped or N for service, deemed, value)
TERMS = {
    "z01": ([99.95, 0.5, True, "buyer", True, True, False, 0.08, N, 20, True, True, 24, 9, False, False, False, "PRC", G],
            (True, True, True, False, 1880000)),
    "z02": ([N, 1, True, "buyer", True, True, True, 0.1, N, 20, True, True, 18, 25, False, True, True, "PRC", G],
            (True, True, True, False, 2140000)),
    "z03": ([99.5, 0.5, True, "buyer", True, True, True, 0.06, 200, N, True, N, N, N, True, True, False, "PRC", S],
            (True, True, N, False, 1050000)),
    "z04": ([99.95, 0.5, True, "buyer", True, True, True, 0.1, N, N, True, N, N, N, False, True, False, "PRC", S],
            (True, True, N, False, 386000)),
    "z05": ([N, 8, False, "supplier", True, False, True, 0.02, 20, 65, False, False, 6, N, False, True, N, "PRC", G],
            (True, True, False, True, 1320000)),
    "e01": ([N, 2, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 11, False, True, False, "Pakistan", G],
            (True, True, True, False, 1680000)),
    "e02": ([99.95, 1, True, "buyer", True, False, True, 600 / 658400 * 100, 6 / 24 * 100, N, True, N, N, N, True, True,
             False, "PRC", S], (True, True, N, False, 658400)),
    "e03": ([N, 0.5, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 8, False, True, False, "PRC", G],
            (True, True, True, False, 1504000)),
    "e04": ([N, 0.25, True, "buyer", False, True, True, 1800 / 2184000 * 100, 18 / 36 * 100, N, True, N, N, N, False, True,
             False, "PRC", S], (True, True, N, False, 2184000)),
    "e05": ([N, N, False, "buyer", True, True, True, N, 150, N, True, N, N, N, False, True, False, "PRC", S],
            (False, False, N, False, 678000)),
}
FEE_BASE = {"z01": 680000, "z02": 1960000, "e01": 1240000, "e03": 1333200}  # itemised licence / hardware subtotals
FORUM_OUTSIDE = {"e01"}  # arbitration in Karachi
DESIGN = {
    "z01": ["CR-CONFIDENTIALITY", "CR-TERMINATION"],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "z04": [],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"],
    "e05": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (defaults of the shipped pack, read from policy.md §3)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_TH = 40


def label(k):
    name, lang, cat = FILES[k]
    vals, (sla, ld, capped, deemed, value) = TERMS[k]
    terms = dict(zip(KEYS, vals))
    extra = {"sla_clause": sla, "ld_stated": ld}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
            "expected_rules": sorted(DESIGN[k])}


def tco_share(k, lab):
    t, x = lab["expected_terms"], lab["expected_extra"]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * FEE_BASE[k] * years
    return fees / (x["contract_value"] + fees) * 100


def derive(k, lab):
    """My reading of policy §3 and its section on where rules apply."""
    t, x = lab["expected_terms"], lab["expected_extra"]
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
        f = t["post_warranty_fee_pct"]
        if f is None or not x["post_warranty_fee_capped"] or f > 15:
            r.add("CR-POST-WARRANTY-FEE")
        sh = tco_share(k, lab)
        if sh is not None and sh > TCO_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or k in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
PATTERNS = [
    r"99[.．]9(?!\d)",
    r"(?<![\d.,])4\s*(?:hours?|hrs?\b|h\b|小时|个小时)", r"四个?小时", r"\bfour\s*(?:\(4\)\s*)?hours?",
    r"(?<![\d.])0?[.．]050*\s*(?:%|％|per\s*cent|percent)", r"万分之五(?![十点])", r"千分之零点五",
    r"(?<![\d.,])(?:30|15|40|100)(?:[.．]0+)?\s*(?:%|％|per\s*cent|percent)",
    r"百分之(?:三十|十五|四十|百|一百)(?![一二三四五六七八九点])", r"\b(?:thirty|fifteen|forty|one\s*hundred)\s*(?:per\s*cent|percent)",
    r"(?<![\d.,])12\s*(?:-\s*)?(?:months?|个月|个自然月)", r"十二个(?:自然)?月", r"\btwelve\s*(?:\(12\)\s*)?(?:-\s*)?months?",
    r"\bone\s*(?:-\s*)?year\b", r"(?<![第十每])一年",
]
RX = re.compile("|".join(PATTERNS), re.I)
MUST_HIT = ["99.9%", "可用率不低于99.9％", "4小时内响应", "within 4 hours", "四小时", "four hours", "0.05%", "万分之五",
            "100%", "30 %", "百分之三十", "15%", "40 per cent", "12个月", "十二个月", "12 months", "twelve months",
            "12-month", "one year", "质保期一年", "百分之十五", "thirty percent"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "14 hours", "0.055%", "1000%", "130%", "2.30%", "215%", "140%", "1,100%",
             "第一年", "每年", "0.45%", "one Subscription Year", "112 months", "24 months", "二十四个月", "万分之五十",
             "CNY 1,500,000", "百分之四十五", "8 hours"]


def threshold_hits(text):
    out = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        out += [m.group(0) for m in RX.finditer(variant)]
    return out


# ---------------------------------------------------------------- read-back
def read_back(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for s in MUST_HIT:
        assert RX.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not RX.search(s), ("must miss", s, RX.search(s).group(0))
    binary = {k: v for k, v in FILES.items() if v[0].endswith((".docx", ".pdf"))}
    write({k: SRC[k] for k in binary}, {k: (v[0], v[0].rsplit(".", 1)[1]) for k, v in binary.items()}, OUT,
          wrap_words=True)
    for k, (name, lang, cat) in FILES.items():
        if k not in binary:
            (OUT / name).write_text(SRC[k], encoding="utf-8")
    covered = set()
    for k, (name, lang, cat) in FILES.items():
        lab = label(k)
        rules = derive(k, lab)
        assert rules == sorted(DESIGN[k]), (k, rules, DESIGN[k])
        covered |= set(rules)
        t = lab["expected_terms"]
        for key, th in TH.items():
            assert t[key] is None or abs(t[key] - th) > 1e-9, (k, key, t[key])
        sh = tco_share(k, lab)
        assert sh is None or abs(sh - TCO_TH) > 2, (k, sh)
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        assert lo <= n <= hi, (k, n)
        hits = threshold_hits(text)
        assert not hits, (k, hits)
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                               encoding="utf-8")
        print(k, name, n, rules, risk(rules), "" if sh is None else "TCO share %.1f%%" % sh)
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    print("all checks passed")
