"""holdout531: builds ten blind ORDINARY draft contracts (5 zh, 5 en) and their labels.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). Writes the .txt/.md files directly, the .docx/.pdf
through ../word_pdf.py (wrap_words=True), the .json labels (one-space indent, no trailing newline), then reads every
built file back, measures its length, scans it for threshold figures and checks the expected rules against the design.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:湖州市残疾人联合会康复服务管理平台采购合同
P:合同编号：HZCL-ZFCG-2025-017　　采购方式：公开招标（政府采购）
P:采购人（甲方）：湖州市残疾人联合会　　地址：湖州市吴兴区仁皇山路
P:供应商（乙方）：浙江康衡信息技术有限公司　　地址：杭州市西湖区文三路
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方就湖州市残疾人康复服务管理平台（以下简称“平台”）的软件许可及定制开发事宜，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供康复服务管理平台软件的永久使用许可，并完成康复需求评估、服务转介、辅具适配、康复机构监管四个定制模块的开发、数据迁移、部署、培训及质保期内的维护服务。
P:1.2 平台部署于湖州市电子政务云，服务对象为全市持证残疾人、各县区残联及定点康复机构，需与省残疾人服务平台和市政务数据共享平台对接。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰伍拾壹万元整（¥1,510,000），为固定总价，包含税费及全部实施费用。明细如下：
TB:序号|项目|金额（元）
TB:1|平台软件永久许可（含移动端）|580,000
TB:2|定制开发（四个模块）|690,000
TB:3|数据迁移及接口对接|168,000
TB:4|实施部署及培训|72,000
TB:合计||1,510,000
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额履约保函后15个工作日内，甲方支付合同总价的20%作为预付款，即¥302,000。
P:3.2 平台通过初验后15个工作日内，甲方支付合同总价的45%，即¥679,500。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%，即¥528,500。
P:3.4 乙方每次请款前应开具合法有效的增值税发票，甲方按财政国库集中支付程序付款。
H:第四条 交付与工期
P:4.1 乙方应自合同签订之日起120日内完成全部开发、迁移和部署，并提交初验申请。
P:4.2 乙方逾期交付的，每逾期一日，按合同总价的万分之八向甲方支付违约金；违约金累计达到合同总价10%的，甲方有权解除合同。
H:第五条 验收
P:5.1 初验标准：需求规格说明书所列功能逐项测试通过；历史康复档案迁移后抽样核对一致；300个并发用户下常用业务页面响应时间不超过3秒；平台通过第三方网络安全等级保护三级测评。
P:5.2 初验合格后进入45日试运行，试运行期间未发生一级故障且遗留问题全部关闭的，由甲方组织最终验收，并出具书面验收报告。
P:5.3 平台上线、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收。
H:第六条 质量保证与维护
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期满后，甲方如需继续维护，年度维护费不超过软件许可费的8%（即每服务年度不超过¥46,400），前三个服务年度按此标准执行，不得上调。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%。
P:7.2 一级故障（平台整体不可用或核心业务中断）乙方应在30分钟内响应，2小时内到达现场，6小时内恢复；二级故障2小时内响应，24小时内解决。
P:7.3 乙方响应或恢复超时的，每超时一小时向甲方支付¥1,000；月度可用率每低于承诺值0.01个百分点，扣减当期维护费用¥2,000，质保期内从履约保证金中扣除。
H:第八条 数据安全
P:8.1 平台中的残疾人个人信息、康复档案及业务数据均属于甲方，乙方仅为履行本合同使用，不得复制、留存或用于任何其他目的。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》，落实访问控制、加密存储、操作审计等安全措施，运维操作须经甲方审批并通过堡垒机进行。
P:8.3 发生数据泄露或安全事件的，乙方应在2小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:9.1 双方对履约中知悉的对方商业秘密和工作秘密负有保密义务，未经对方书面同意不得向第三方披露。保密义务不因合同终止而解除。
H:第十条 知识产权
P:10.1 定制开发成果（含源代码、数据库设计及技术文档）的知识产权归甲方所有，甲方可自行修改或委托第三方使用。
P:10.2 平台原有软件的知识产权仍归乙方，乙方授予甲方永久使用许可。乙方保证不侵犯第三方权利。
H:第十一条 分包与转包
P:11.1 乙方不得将本项目分包或转包给任何第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约且在甲方书面通知后15日内未能纠正的，甲方有权解除合同，并要求乙方赔偿损失。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 项目管理与人员
P:14.1 乙方应指定具有高级项目经理资格的项目负责人，并按投标文件承诺配备需求分析、开发、测试及实施人员；未经甲方书面同意，项目负责人及核心开发人员不得更换。
P:14.2 乙方应每两周向甲方提交项目进度报告，列明已完成工作、存在问题及下一阶段计划；影响工期的重大问题应在3个工作日内书面报告。
P:14.3 甲方应指定项目联络人，负责提供需求资料，组织各县区残联及定点康复机构参与需求调研和测试，并协调电子政务云资源和网络环境。
H:第十五条 培训与文档
P:15.1 乙方应为市、县区残联工作人员及定点康复机构操作人员提供集中培训和现场指导，培训不少于200人次，并提供操作手册和培训视频。
P:15.2 乙方应在最终验收前交付需求规格说明书、概要及详细设计文档、源代码、部署手册、运维手册和测试报告，文档应真实、完整，与交付系统一致。
H:第十六条 不可抗力
P:16.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在15日内提供有关证明，根据不可抗力的影响部分或全部免除责任，但迟延履行后发生的除外。
H:第十七条 通知
P:17.1 双方往来通知应以书面形式送达本合同首部所列地址，或发送至双方指定的电子邮箱，送达之日起生效。一方变更地址的，应及时书面通知对方。
H:第十八条 廉洁条款
P:18.1 双方应遵守廉洁从业规定，乙方不得向甲方工作人员提供任何形式的财物或其他不正当利益；违反本条的，甲方有权解除合同，并将有关情况报告财政部门。
H:第十九条 其他
P:19.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件及中标通知书为本合同组成部分。
P:甲方（盖章）：湖州市残疾人联合会　　　乙方（盖章）：浙江康衡信息技术有限公司
P:法定代表人或授权代表：__________　　　法定代表人或授权代表：__________
P:日期：2025年　月　日　　　　　　　　日期：2025年　月　日
"""

Z02 = """T:冷床控制系统改造及维保合同
P:合同编号：XGGT-ZB-2025-0642
P:甲方（买方）：新余钢泰轧钢有限公司　　地址：江西省新余市渝水区钢城大道
P:乙方（卖方）：江西赣冶自动化工程有限公司　　地址：南昌市高新区艾溪湖北路
P:甲方棒材车间冷床控制系统已运行多年，备件停产、故障频发。经甲方比选，双方就冷床控制系统改造及后续维保事宜，依据《中华人民共和国民法典》订立本合同。
H:一、项目范围
P:（一）乙方负责冷床PLC控制系统、齿条步进传动及输入辊道变频器、热金属检测器等检测元件的更换，以及HMI和二级过程控制软件的升级与程序定制开发。
P:（二）乙方负责拆旧、安装、接线、单体调试、联动调试及热负荷试车，并对甲方电气、操作人员进行培训。
P:（三）改造须利用甲方年度检修窗口完成，停产时间不超过10日。
P:（四）改造后的控制系统应满足以下技术要求：齿条步进周期不大于设计值，步进定位误差不超过±5毫米；输入辊道与上游飞剪、下游收集装置的联锁信号可靠；HMI画面刷新时间不超过1秒；控制系统预留与甲方MES系统的通信接口。
P:（五）乙方所供设备的品牌、型号、配置应与技术协议一致，未经甲方书面同意不得更换。
H:二、合同价款
P:（一）本合同总价为人民币壹佰玖拾伍万元整（¥1,950,000），含税，明细见下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜及CPU、I/O模块|1套|486,000
TB:2|齿条步进及输入辊道变频器|14台|612,000
TB:3|热金属检测器、编码器等检测元件|1批|138,000
TB:4|HMI及二级过程控制软件许可|1套|214,000
TB:|软硬件小计||1,450,000
TB:5|改造施工及调试|1项|296,000
TB:6|控制程序定制开发|1项|178,000
TB:7|培训|1项|26,000
TB:|合计||1,950,000
H:三、付款方式
P:（一）合同签订后10个工作日内，甲方支付合同总价的20%作为预付款。
P:（二）设备全部到货并经甲方清点签收后，甲方支付合同总价的50%。
P:（三）按本合同“四、安装调试与验收”视为验收合格后，甲方支付合同总价的25%。
P:（四）剩余5%作为质量保证金，质保期满且无质量争议后无息支付。
H:四、安装调试与验收
P:（一）乙方应在合同签订后75日内完成供货，在甲方检修窗口内完成安装调试。
P:（二）乙方完成安装调试、冷床通电运行后，即视为甲方验收合格，乙方向甲方提交调试记录备案。
P:（三）乙方每逾期一日交货或完成调试，按合同总价的千分之一向甲方支付违约金，累计不超过合同总价的10%。
H:五、质量保证
P:（一）质保期为二十四个月，自冷床通电运行之日起计算。质保期内因设备或软件质量问题产生的维修、更换费用由乙方承担。
P:（二）乙方保证所供设备为原厂全新产品，软件为合法授权版本，并提供原厂质保证明。
H:六、维保服务
P:（一）质保期满后，乙方提供年度维保服务，年度维保费按软硬件小计的9%计取，即每服务年度¥130,500，前三个服务年度固定不变。
P:（二）一级故障（冷床停机或步进系统失控）乙方应在30分钟内电话响应，2小时内到达现场，8小时内排除；二级故障2小时内响应，24小时内排除。
P:（三）乙方响应或到场超时的，每超时一小时向甲方支付¥2,000，从维保费或质量保证金中扣除。
H:七、数据安全
P:（一）控制系统中的生产数据、工艺参数和程序归甲方所有，乙方不得拷贝、外传或用于其他目的。
P:（二）乙方远程维护须经甲方书面审批，通过甲方指定的工控安全网关进行，全程留存操作日志；乙方不得擅自接入外部网络。
P:（三）发生数据泄露、病毒感染或安全事件的，乙方应在2小时内报告甲方并配合处置；因乙方原因造成的损失，由乙方承担赔偿责任。
H:八、保密
P:双方对履约过程中知悉的对方技术资料、工艺参数和商业信息负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后三年内继续有效。
H:九、知识产权
P:（一）为本项目定制开发的控制程序、画面及源程序归甲方所有，乙方应在验收时一并移交。甲方有权自行修改或委托第三方维护。
P:（二）HMI及二级软件产品的知识产权归原权利人，乙方保证甲方永久合法使用。
H:十、分包
P:乙方可将现场拆旧、电缆敷设及桥架安装等工作分包给具备相应资质的单位，分包前书面通知甲方即可。乙方对分包单位的工作质量和安全负责。
H:十一、违约责任与合同解除
P:（一）乙方累计赔偿责任以合同总价的150%为限，但人身伤害及故意违约造成的损失除外。
P:（二）任何一方严重违约，经另一方书面催告后15日内仍未纠正的，守约方有权解除合同并要求赔偿。
P:（三）甲方逾期付款的，每逾期一日按应付未付金额的万分之三向乙方支付违约金。
P:（四）乙方所供设备存在质量缺陷、经两次维修仍不能正常使用的，乙方应免费更换同型号新品，并承担由此产生的拆装费用。
H:十二、法律适用与争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，任何一方可向甲方所在地人民法院起诉。
H:十三、双方的其他义务
P:（一）甲方应按进度提供检修窗口、施工电源、吊装设备和必要的现场配合，组织电气、操作人员参加调试和培训。
P:（二）乙方应编制施工方案和安全措施，报甲方安全部门审批后实施；进入现场的人员应接受甲方安全教育，遵守甲方动火、登高、停送电等安全管理制度。
P:（三）乙方应在拆旧前完成原系统程序和参数备份，改造期间保证冷床相关区域的安全联锁有效。
P:（四）乙方应在通电运行后10日内向甲方移交电气图纸、程序备份、设备说明书、备件清单和操作维护手册，并提供不少于三次的现场培训。
P:（五）乙方应在调试期间安排电气和软件工程师全程驻厂，调试完成后继续驻厂服务15日，协助甲方人员熟悉新系统的操作和日常维护。
P:（六）乙方应对拆除的旧设备进行清点、标识，并按甲方指定地点堆放，旧设备归甲方所有。
P:（七）乙方应按甲方要求提供首批备品备件清单及报价，备件价格在质保期满后的三个服务年度内不高于本合同同类设备单价。
P:（八）施工期间因乙方原因造成甲方设备损坏或人员伤害的，由乙方承担全部责任。
H:十四、不可抗力
P:因地震、洪水、疫情等不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方根据影响程度协商延期履行或部分免除责任。
H:十五、廉洁与通知
P:（一）乙方不得向甲方人员提供回扣、礼品或其他不正当利益；违反的，甲方有权解除合同并要求赔偿。
P:（二）双方通知以书面形式送达本合同首部所列地址，也可发送至双方项目联系人的电子邮箱。
H:十六、其他
P:本合同一式四份，双方各执二份，自双方签字盖章之日起生效。技术协议为本合同附件，与本合同具有同等效力。
P:甲方（盖章）：新余钢泰轧钢有限公司　　　乙方（盖章）：江西赣冶自动化工程有限公司
P:代表签字：__________　　　　　　　　　　代表签字：__________
"""

Z03 = """连锁餐饮供应链管理SaaS服务及实施合同

合同编号：JWCY-IT-2025-033
甲方（客户）：上海佳味餐饮管理有限公司
乙方（服务商）：杭州链厨云科技有限公司

鉴于甲方在华东地区经营200家快餐门店及两个中央厨房，需要统一的订货、仓配、验收和门店盘点系统；乙方提供餐饮供应链SaaS服务。双方经协商，订立本合同。

1. 服务内容
1.1 乙方向甲方提供餐饮供应链管理SaaS服务，包括门店订货、中央厨房生产计划、仓储配送、供应商协同、门店收货和盘点模块，账号覆盖200家门店。
1.2 乙方负责系统实施，包括基础数据导入、流程配置、与甲方金蝶ERP及门店POS系统的接口开发、上线支持和培训。
1.3 系统须支持门店按配送线路和到货时段订货、中央厨房按门店订单生成生产计划、仓库按批次和保质期先进先出拣货、门店扫码收货及差异上报、月末盘点和损耗分析，并提供采购、库存、配送和门店毛利等标准报表。
1.4 甲方可通过电脑端、手机端和门店收银一体机使用系统。乙方应保证系统在甲方门店常用网络环境下正常运行。

2. 服务期限
2.1 服务期为三个服务年度，自2025年9月1日起至2028年8月31日止。
2.2 服务期届满前30日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期次数不限。续期时，乙方有权按其届时公布的价目表调整订阅单价，甲方应按调整后的价格支付。

3. 费用
3.1 订阅费每服务年度¥432,000，其中门店账号200家×¥1,680=¥336,000，中央厨房及仓配模块¥96,000；三个服务年度合计¥1,296,000。
3.2 实施费¥184,000，ERP及POS接口开发费¥68,000，均为一次性费用。
3.3 本合同总价为¥1,548,000（含税）。

4. 付款
4.1 实施费和接口开发费在上线验收合格后15个工作日内一次性支付。
4.2 订阅费按季度结算，乙方于每季度结束后开具发票，甲方在收到发票后20个工作日内支付当季费用。甲方无需预付任何费用。

5. 实施与验收
5.1 乙方应于2025年10月31日前完成全部门店上线。每逾期一日，乙方向甲方支付违约金¥1,200。
5.2 上线验收标准：200家门店全部完成订货、收货、盘点业务操作；ERP与POS接口连续14日数据核对无差错；门店订货单从提交到中央厨房接单不超过1分钟。
5.3 满足上述标准后，甲方出具书面验收单。系统上线使用不视为验收合格。

6. 服务水平
6.1 乙方承诺系统月度可用率不低于99.5%（计划内维护除外，计划维护须提前3日通知并安排在凌晨1点至5点之间）。
6.2 一级故障（全部或多数门店无法订货或收货）乙方应在15分钟内响应，2小时内恢复；二级故障1小时内响应，8小时内恢复。
6.3 月度可用率低于承诺值的，按当月订阅费的5%抵扣；低于99%的，按当月订阅费的10%抵扣。一级故障响应超时的，每次抵扣¥1,000。

7. 数据归属与数据安全
7.1 甲方在系统中录入或产生的门店经营数据、采购价格、供应商信息和会员数据均属于甲方。乙方仅为提供本合同服务使用该数据，不得以任何形式（包括脱敏、汇总后）用于其他目的或提供给第三方。
7.2 乙方系统须通过网络安全等级保护三级测评，数据存储于中国境内，传输和存储加密，对运维人员实行最小权限和操作审计。
7.3 发生数据泄露等安全事件的，乙方应在2小时内通知甲方，并承担因其原因造成的损失。合同终止后30日内，乙方应向甲方完整导出数据，并在甲方确认后删除。

8. 保密
双方对在合作中获知的对方商业秘密，包括采购价格、菜品配方及门店经营数据，负有保密义务，未经对方书面同意不得披露，保密期限至合同终止后三年。

9. 知识产权
9.1 SaaS平台的知识产权归乙方所有。
9.2 为甲方定制开发的ERP及POS接口程序、定制报表及其源代码归甲方所有，甲方可自行修改或交由第三方使用。

10. 分包
乙方不得将本合同项下的实施或运维工作分包给第三方，确需分包的，须事先取得甲方书面同意。

11. 违约责任
11.1 乙方违反本合同约定给甲方造成损失的，应予赔偿。乙方累计赔偿责任以本合同总价的150%为限，但因数据泄露或故意违约造成的损失不受此限。
11.2 甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。

12. 合同解除
一方严重违约，经对方书面通知后30日内未纠正的，守约方有权书面通知解除本合同。

13. 法律适用与争议解决
本合同适用中华人民共和国法律。争议提交上海仲裁委员会仲裁。

14. 双方的其他义务
14.1 甲方应指定项目负责人，组织门店、中央厨房和采购部门参与需求确认、数据准备和上线测试，并按乙方要求提供ERP和POS接口文档。
14.2 乙方应组建不少于6人的实施团队，按周提交实施进度报告，并为每个区域的门店店长和库管员提供线上培训及上线当日的现场或远程支持。
14.3 乙方应提供7×24小时的客服热线和在线工单系统，并每季度向甲方提交服务报告，内容包括可用率统计、故障记录和改进措施。
14.4 乙方对系统进行重大版本升级的，应提前15日通知甲方，并保证升级不影响甲方已上线的业务流程和接口。

14.5 乙方应在服务期内免费提供系统的常规功能更新，并为甲方新开门店开通账号。新开门店的订阅费按本合同单价和实际使用月份计算。
14.6 合同终止或到期后，乙方应配合甲方将数据迁移至甲方指定的系统，并提供不少于30日的只读查询账号。
14.7 甲方应保证录入系统的基础数据真实准确，并妥善管理门店账号。门店人员离职的，甲方应及时停用其账号。
14.8 乙方可在征得甲方同意后，将甲方列为乙方客户案例，但不得披露甲方任何经营数据。
14.9 双方应各自指定一名业务对接人和一名技术对接人，负责日常沟通、问题确认和需求变更的书面确认。
14.10 服务期内甲方门店数量减少的，自次一季度起按实际门店数量结算订阅费，乙方不得收取额外费用。

15. 不可抗力
因不可抗力导致一方不能履行本合同的，该方应及时通知对方，并在不可抗力消除后尽快恢复履行。不可抗力持续超过60日的，任何一方可书面通知终止本合同，甲方仅支付已提供服务的费用。

16. 通知
本合同项下的通知应以书面形式发送至双方在本合同中载明的地址或电子邮箱。一方变更联系方式的，应在变更后3个工作日内通知对方。

17. 其他
本合同一式二份，双方各执一份，自双方盖章之日起生效。

甲方：上海佳味餐饮管理有限公司（盖章）　　　　乙方：杭州链厨云科技有限公司（盖章）
授权代表：__________　　　　　　　　　　　　授权代表：__________
日期：2025年8月　日　　　　　　　　　　　　日期：2025年8月　日
"""

Z04 = """滁州市急救中心120指挥调度系统运维服务合同

项目编号：CZJJ-CS-2025-08（竞争性磋商）
采购人（甲方）：滁州市急救中心
供应商（乙方）：安徽皖急通信息技术有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就甲方120指挥调度系统的运维服务，订立本合同。

一、服务内容
（1）调度系统软件运维：受理调度、车辆定位、电子病历交接、大屏展示等子系统的日常巡检、故障处理、补丁更新和版本升级。
（2）通信及录音设备运维：程控交换机、录音服务器、调度席位终端及网络设备的维护保养、故障维修。
（3）驻场服务：乙方派3名工程师常驻甲方调度大厅，实行7×24小时轮班值守。
（4）备品备件：乙方按附件清单储备关键备件，故障时先行更换。
（5）安全运维：配合甲方开展网络安全等级保护测评、漏洞扫描和安全加固，及时处置安全告警。
（6）技术支持：协调原软件厂商、通信运营商和定位服务商处理超出乙方能力范围的问题，乙方负责跟踪直至问题关闭。

本项目服务对象为甲方调度大厅、备份调度中心及各急救分站的调度终端，共计调度席位32个、分站终端18个、救护车车载终端76台。

二、服务期限
服务期自2025年7月1日起至2026年6月30日止。服务期满本合同终止，不自动续期；甲方如需继续采购，另行组织采购程序。

三、服务费用
本合同总价为人民币壹佰壹拾万元整（¥1,100,000），为固定价格，明细如下：
（1）调度系统软件运维费：¥468,000；
（2）通信及录音设备运维费：¥236,000；
（3）驻场服务费：¥312,000；
（4）备品备件费：¥84,000。

四、付款方式
（1）服务费按季度支付，每季度¥275,000。
（2）每季度结束后，甲方依据本合同“六、考核与扣款”对当季服务进行考核，乙方据考核结果开具发票，甲方在收到发票后15个工作日内支付，考核扣款从当季费用中扣除。
（3）本合同不设预付款。

五、服务水平
（1）调度系统月度可用率不低于99.99%，计划内维护须提前7日报甲方批准，并安排在话务低峰时段。
（2）一级故障（受理调度中断、录音中断或多个席位不可用）：驻场工程师15分钟内响应，30分钟内启用备用方案，2小时内恢复。
（3）二级故障（单个子系统或单个席位故障）：30分钟内响应，8小时内修复。
（4）三级故障（不影响调度的一般问题）：1个工作日内处理。

六、考核与扣款
（1）一级故障响应每超时10分钟，扣减当季服务费¥2,000；恢复每超时1小时，扣减¥5,000。
（2）月度可用率每低于承诺值0.01个百分点，扣减当季服务费¥3,000。
（3）驻场人员缺岗的，每人每班次扣减¥800。
（4）单季度考核扣款最高不超过当季服务费的20%。

七、系统升级与整改
乙方应于2025年9月30日前完成调度系统版本升级，并于2025年11月30日前完成等级保护测评发现问题的整改。乙方逾期完成的，每逾期一日，按合同总价的万分之二向甲方支付违约金。

八、验收
（1）每季度考核合格视为当季服务合格；服务期满时，甲方依据巡检记录、故障处理记录、可用率统计和整改完成情况进行年度验收，并出具书面验收意见。
（2）年度验收标准：全年月度可用率均达到承诺值；一级故障均在规定时间内恢复；版本升级和整改事项全部完成并经甲方确认。

九、数据安全
（1）系统中的呼救录音、通话记录、患者信息和调度数据均属于甲方，乙方仅为履行运维职责接触该数据，不得复制、留存、对外提供或用于其他目的。
（2）乙方人员应签署安全承诺书，运维操作通过甲方堡垒机进行并全程审计，禁止使用个人移动存储介质。
（3）发生数据泄露、篡改或其他安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。

十、保密
乙方对履约中知悉的甲方工作秘密、患者隐私和系统配置信息负有保密义务，不得向任何第三方披露；本条在合同终止后继续有效。

十一、知识产权
乙方在运维过程中为甲方编写的巡检脚本、应急预案和技术文档归甲方所有。

十二、分包
乙方不得将本合同项下的服务分包或转包。

十三、合同的履行与解除
（1）本合同为保障急救指挥调度连续运行而订立。服务期内，除不可抗力致使合同目的无法实现外，任何一方均不得解除本合同。
（2）乙方违约的，甲方可按本合同六、七两项的约定扣款或要求支付违约金，并要求乙方继续履行、采取补救措施，但不得以此为由解除合同。

十四、法律适用与争议解决
本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

十五、乙方人员与管理
（1）驻场工程师应具有调度系统或通信设备维护经验，乙方应在合同签订后5日内向甲方提交人员名单及资质证明，人员变更须经甲方同意。
（2）乙方应建立运维管理制度，按日巡检、按周汇总、按月提交运维报告，报告内容包括系统运行情况、故障处理、备件使用和改进建议。
（3）乙方应每季度配合甲方开展一次应急演练，模拟调度系统或录音系统中断时的切换和恢复流程。
（4）重大活动保障期间，乙方应按甲方要求增派技术人员现场值守。

十六、甲方的义务
（1）甲方应为驻场人员提供必要的办公场所和网络条件，及时提供与运维有关的系统资料。
（2）甲方应指定专人负责运维服务的日常联络和考核，并在每季度结束后10个工作日内完成考核。

（3）甲方应在系统变更、网络调整或新增设备前通知乙方，并组织乙方参与评估。
（4）甲方应按时完成季度考核，对考核结果有异议的，双方应在5个工作日内协商确认。
（5）甲方应妥善保管系统管理员账号，需要乙方使用管理员权限的，由甲方临时授权并在操作完成后收回。
（6）甲方发现系统故障或安全隐患的，应及时通知驻场工程师，并按乙方建议配合采取临时措施，减少对调度业务的影响。
（7）甲方委托第三方对系统进行改造的，应提前告知乙方，双方对改造引起的运维范围变化另行确认。

十七、服务交接
（1）合同签订后10日内，乙方应与原运维单位完成交接，核对系统资产、账号权限、配置文件和遗留问题清单，交接记录经甲方确认。
（2）服务期满或本合同终止时，乙方应向甲方或甲方指定的单位移交全部运维资料、账号和备件清单，并提供不少于15日的交接支持，交接期间不得中断服务。

十八、不可抗力
因不可抗力不能履行合同的，受影响一方应及时通知对方，并采取措施减少损失，保障急救调度基本功能。

十九、其他
本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。磋商文件、响应文件和成交通知书为本合同组成部分。

甲方（盖章）：滁州市急救中心　　　　　　　乙方（盖章）：安徽皖急通信息技术有限公司
代表签字：__________　　　　　　　　　　　代表签字：__________
日期：2025年6月　日　　　　　　　　　　　日期：2025年6月　日
"""

Z05 = """# 仓储管理系统软件许可及定制开发合同

**合同范本编号：YC-WMS-HT-V3.0（乙方标准合同文本）**

甲方（用户）：桂林香桂食品有限公司

乙方（供应商）：广西云仓软件科技有限公司

甲方主要生产桂花糕等传统糕点，拟采用乙方“云仓WMS”仓储管理系统，管理原料库、成品库和冷库。双方经友好协商，签订本合同。

## 第一条 合同内容

1.1 乙方向甲方提供“云仓WMS”仓储管理系统软件永久许可（服务器端1套，PDA手持端20个），并按甲方需求进行定制开发。

1.2 定制开发内容包括：原料批次及保质期管理、冷库温度数据对接、与甲方金蝶ERP的出入库单据对接、成品发货标签打印。

1.3 系统标准功能包括：收货、上架、库位管理、拣货、出库复核、移库、盘点、库存预警和报表。原料库须支持糯米粉、白砂糖、桂花等原料按批次和保质期管理，成品库须支持按生产日期先进先出发货。

1.4 具体功能以双方签字确认的需求确认书为准。需求确认书签署后，甲方提出的新增需求，由双方另行协商费用和工期。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 云仓WMS软件永久许可（含PDA端20个） | 420,000 |
| 2 | 定制开发 | 136,000 |
| 3 | 实施部署 | 38,000 |
| 4 | 培训 | 6,000 |
| | 合计 | 600,000 |

本合同总价为人民币陆拾万元整（¥600,000），含税。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的55%作为预付款，即¥330,000，乙方收到预付款后启动项目。

3.2 系统上线运行后，甲方支付合同总价的35%，即¥210,000。

3.3 系统验收合格后，甲方支付合同总价的10%，即¥60,000。

## 第四条 交付期限

4.1 乙方应于收到预付款后90日内完成部署和定制开发，并通知甲方上线。

4.2 因乙方原因逾期交付的，每逾期一日，乙方按合同总价的万分之三向甲方支付违约金，违约金总额不超过合同总价的5%。

## 第五条 验收

5.1 系统上线稳定运行30日后，甲方按以下标准组织验收：需求确认书所列功能逐项测试通过；随机抽取500个库位进行盘点，系统库存与实物一致；与金蝶ERP的单据对接连续10日无差错。

5.2 验收通过后双方签署验收报告。

5.3 甲方在收到乙方验收通知后10个工作日内组织验收。验收不通过的，乙方应在15日内修改完善后再次提交验收。

## 第六条 维护与技术支持

6.1 免费维护期为六个月，自系统上线之日起计算。免费维护期内乙方提供远程技术支持和缺陷修复。

6.2 免费维护期满后，甲方应购买乙方年度维护服务，年度维护费按软件许可费的26%计收，即每服务年度¥109,200。

6.3 一级故障（系统无法登录或无法出入库）乙方在接到甲方通知后8小时内响应，并尽力尽快排除；其他故障在2个工作日内响应。

6.4 乙方不因响应或修复超时承担任何扣款、赔偿或违约责任。

## 第七条 知识产权

7.1 云仓WMS软件及本合同项下定制开发的功能模块、接口程序、源代码和文档，其知识产权均归乙方所有。

7.2 甲方获得定制开发成果的非独占、不可转让的使用权，仅限甲方内部使用，不得修改、反编译或许可第三方使用。

## 第八条 数据

8.1 甲方在系统中录入的库存、客户和订单数据归甲方所有。

8.2 乙方有权在合同期内及合同终止后，将甲方业务数据进行脱敏、汇总处理后，用于产品改进、行业分析及乙方其他产品。

8.3 乙方对其运维的服务器采取访问控制、数据加密和日志审计措施。发生数据泄露等安全事件的，乙方应在24小时内通知甲方；因乙方原因造成数据泄露的，乙方承担相应赔偿责任。

## 第九条 保密

双方对在合作中获知的对方技术秘密和商业秘密负有保密义务，未经对方书面同意不得向第三方披露。

## 第十条 责任限制

10.1 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的20%为限。

10.2 任何一方均不对对方的间接损失、利润损失承担责任。

## 第十一条 合同解除

任何一方严重违约，经守约方书面通知后30日内未纠正的，守约方有权解除合同。

## 第十二条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十三条 双方的其他义务

13.1 甲方应指定项目联系人，及时提供业务流程、库位编码、物料主数据及ERP接口资料，并组织仓库人员参加培训和测试。

13.2 甲方应自行准备服务器、网络、PDA设备和标签打印机，并保证其符合乙方提供的配置要求。因甲方环境不符合要求造成的延误，交付期限相应顺延。

13.3 乙方应为甲方仓库管理员、叉车司机和统计人员提供上线前培训，并提供操作手册和常见问题说明。

13.4 乙方应在上线前完成原料、成品期初库存的导入，甲方负责核对导入数据的准确性。

13.5 乙方应为甲方提供系统管理员培训，使甲方能够自行完成用户权限、库位和基础资料的日常维护。

13.6 甲方新增仓库、库区或PDA账号的，按乙方当期报价另行购买。

13.7 甲方应妥善保管系统账号和密码。因甲方人员操作不当造成的数据错误，由甲方自行负责，乙方可协助恢复。

13.8 乙方每季度提供一次系统巡检，包括服务器资源、数据库备份和接口运行情况的检查，并向甲方出具巡检报告。

13.9 甲方自行或委托第三方修改系统程序、数据库结构的，乙方对由此引起的故障不承担维护义务。

13.10 乙方可以在其宣传资料中使用甲方名称和标识作为客户案例。

13.11 甲方应在系统上线前完成库位标签、物料条码的张贴，并按乙方要求准备测试数据。因甲方准备工作不到位影响上线的，不视为乙方逾期。

13.12 甲方需要乙方人员到现场提供免费维护期以外的服务的，按乙方人天单价另行计费，差旅费由甲方承担。

## 第十四条 不可抗力

因不可抗力不能履行合同的，受影响一方不承担责任，但应及时通知对方并在合理期限内提供证明。

## 第十五条 通知

双方的通知以书面形式送达本合同所列地址，或通过双方确认的电子邮箱、即时通讯工具发送，发出之日视为送达。

## 第十六条 其他

本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。本合同一式二份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：桂林香桂食品有限公司　　　　乙方（盖章）：广西云仓软件科技有限公司

代表签字：__________　　　　　　　　　　代表签字：__________
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. SSW-CN-2025-041
P:This Software Licence and Services Agreement (the "Agreement") is made between:
P:(1) Sahyadri Softworks Private Limited, a company incorporated in India with its registered office at Baner Road, Pune, Maharashtra 411045, India (the "Vendor"); and
P:(2) Changzhou Hengtai Bearing Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Wujin District, Changzhou, Jiangsu Province (the "Customer").
P:Recitals: (A) The Vendor develops and licenses the "PlantCare" computerised maintenance management software. (B) The Customer operates two bearing plants in Changzhou and wishes to licence PlantCare for its maintenance department and to have the Vendor implement it. (C) At the Customer's request, all prices in this Agreement are stated and payable in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the PlantCare server application, web client and mobile application in the version current at the Effective Date, with the Documentation.
P:1.2 "Custom Deliverables" means the interfaces, reports, data-migration scripts and configurations developed by the Vendor specifically for the Customer under this Agreement.
P:1.3 "Final Acceptance" means the Customer's written acceptance issued under Article 6.
P:1.4 "Customer Data" means all data entered into, generated by or stored in the Software by or for the Customer.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on servers controlled by the Customer in China for the Customer's internal business purposes, for the number of users in Article 3.
P:2.2 The Customer may make reasonable back-up copies. The Customer shall not sell or sublicense the Software, except that its affiliates and contractors may use it on the Customer's behalf.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,070,000, inclusive of applicable taxes, made up as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:PlantCare named-user licence (perpetual)|60|9,800|588,000
TB:PlantCare mobile technician licence (perpetual)|40|3,600|144,000
TB:Licence Subtotal|||732,000
TB:Implementation and configuration services|1 lot||268,000
TB:Data migration from the legacy system|1 lot||46,000
TB:Training (administrators and technicians)|1 lot||24,000
TB:Contract Price|||1,070,000
P:3.2 The Contract Price is fixed. Additional work is payable only under a change order signed by both parties.
H:Article 4 Payment
P:4.1 The Customer shall pay: (a) 20% of the Contract Price within 30 days after signature of this Agreement and receipt of the Vendor's invoice; (b) 45% within 30 days after Go-Live; and (c) 35% within 30 days after Final Acceptance.
P:4.2 "Go-Live" means the first day on which the Software is used in production at both plants. Go-Live and payment under Article 4.1(b) do not constitute acceptance.
P:4.3 The Vendor shall issue valid invoices. Payments are made by bank transfer in CNY.
H:Article 5 Implementation and Delay
P:5.1 The Vendor shall complete implementation, data migration and training in accordance with the project plan in Annex 2, with Go-Live no later than 140 days after the Effective Date.
P:5.2 If the Vendor fails to achieve Go-Live or to submit the Software for Final Acceptance by the dates in the project plan for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price in total. Liquidated damages do not relieve the Vendor of its obligation to complete the work.
H:Article 6 Acceptance
P:6.1 After Go-Live the Software shall run in production for 30 consecutive days. Final Acceptance tests shall verify that: (a) every function in the agreed specification in Annex 1 works as described; (b) the migrated equipment register, spare-parts stock and maintenance history reconcile with the legacy system record by record; (c) the interface with the Customer's ERP posts work orders and spare-parts issues without error for ten consecutive working days; and (d) no Severity 1 defect occurred in the last 15 days of the run.
P:6.2 When the criteria are met the Customer shall issue a Final Acceptance certificate within ten working days, or state in writing which criteria are not met. The Vendor shall correct the failures and repeat the tests.
H:Article 7 Warranty
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with the Documentation and Annex 1 for a warranty period of 18 months from Final Acceptance.
P:7.2 During the warranty period the Vendor shall correct defects, provide updates and new releases and provide technical support free of charge.
H:Article 8 Support After Warranty
P:8.1 After the warranty period the Customer may order annual support. The annual support fee is 11% of the Licence Subtotal, i.e. CNY 80,520 per Support Year, fixed for the first three Support Years. Any later increase shall be agreed in writing and shall not exceed 3% over the previous Support Year.
P:8.2 Support is ordered by purchase order for each Support Year and does not renew automatically.
H:Article 9 Service Levels
P:9.1 During the warranty period and any Support Year, the Vendor shall respond to incidents as follows: Severity 1 (the Software is unavailable or work orders cannot be issued at either plant): response within 1 hour and a workaround within 8 hours; Severity 2: response within 2 hours; Severity 3: response within 1 working day.
P:9.2 For each full hour by which the Vendor misses a Severity 1 response or workaround time, the Vendor shall grant a service credit of CNY 1,000, deducted from the next payment or paid on demand.
H:Article 10 Customer Data and Security
P:10.1 Customer Data belongs to the Customer. The Vendor may access it only to perform this Agreement and shall not copy, retain or use it for any other purpose.
P:10.2 The Vendor shall access the Customer's systems only through the Customer's VPN with individual accounts, shall not take copies of Customer Data out of the Customer's environment, and shall comply with the PRC Personal Information Protection Law and Data Security Law.
P:10.3 The Vendor shall notify the Customer of any security incident affecting Customer Data within 24 hours of discovery, cooperate in remediation and bear the losses caused by its breach of this Article.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public information received from the other party and use it only for this Agreement. This obligation survives for three years after termination.
H:Article 12 Intellectual Property
P:12.1 The Software remains the property of the Vendor.
P:12.2 The Custom Deliverables, including their source code, belong to the Customer upon payment of the corresponding fees. The Customer may use, modify and license them freely, including to third parties.
P:12.3 The Vendor shall indemnify the Customer against third-party claims that the Software or Custom Deliverables infringe intellectual property rights.
H:Article 13 Liability
P:13.1 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct or breach of Articles 10 and 11.
P:13.2 Neither party is liable for indirect or consequential loss.
H:Article 14 Subcontracting
P:14.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for the work of any approved subcontractor.
H:Article 15 Termination
P:15.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice of the breach.
P:15.2 On termination the Vendor shall return all Customer Data and deliver all completed Custom Deliverables.
H:Article 16 Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of India.
P:16.2 Any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration under the Arbitration and Conciliation Act, 1996 of India by a sole arbitrator. The seat of arbitration shall be Pune, India, and the language of arbitration English.
H:Article 17 Project Management
P:17.1 Each party shall appoint a project manager. The Vendor's project manager shall speak English and be supported by a Chinese-speaking consultant on site during configuration, data migration, training and Go-Live.
P:17.2 The Vendor shall submit a weekly progress report stating the work completed, open issues, risks and the plan for the following week. The project managers shall meet at least every two weeks.
P:17.3 The Customer shall provide the equipment register, maintenance history and spare-parts data in the agreed format, make key users available for workshops and testing, and provide the servers, operating system licences and VPN access described in Annex 2.
P:17.4 Neither party is liable for a failure caused by an event beyond its reasonable control, if it notifies the other party promptly and does its best to limit the effect.
H:Article 18 General
P:18.1 This Agreement, with Annex 1 (Functional Specification) and Annex 2 (Project Plan), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:18.2 This Agreement is made in two English originals, one for each party, and takes effect on signature by both parties (the "Effective Date").
P:For the Vendor: Sahyadri Softworks Private Limited    Name: ____________  Title: Director
P:For the Customer: Changzhou Hengtai Bearing Co., Ltd.    Name: ____________  Title: General Manager
"""

E02 = """# ORDER FORM — LANKAVIEW FIELD SALES CLOUD

**Order Form No.:** LV-OF-2025-0219  
**Order Date:** 14 July 2025

| | |
|---|---|
| Provider | Lankaview Cloud (Private) Limited, 42 Galle Road, Colombo 03, Sri Lanka |
| Customer | Xiamen Mingxiang Tea Trading Co., Ltd., Siming District, Xiamen, Fujian, PRC |
| Service | Lankaview Field Sales Cloud: field sales app, distributor portal, visit planning, orders, stock and reporting |
| Subscription Term | two Subscription Years, from 1 September 2025 (Subscription Start Date) to 31 August 2027 |
| Currency | CNY, at the Customer's request |

## 1. Subscription and Fees

| Item | Quantity | Unit price (CNY) | Per Subscription Year (CNY) | Subscription Term (CNY) |
|---|---|---|---|---|
| Field Sales user subscription | 150 users | 1,560 | 234,000 | 468,000 |
| Distributor portal (up to 60 distributors) | 1 | 36,000 | 36,000 | 72,000 |
| Onboarding services (one-time) | 1 | 58,000 | — | 58,000 |
| **Total Fees** | | | | **598,000** |

Additional users may be added at the same unit price, pro rata to the end of the current Subscription Year.

## 2. Invoicing and Payment

2.1 Provider invoices the onboarding fee and the fees for the first Subscription Year (together CNY 328,000) on the Order Date. That invoice is payable within 15 days and in any case before the Subscription Start Date; Provider may postpone access until it is paid.

2.2 The fees for the second Subscription Year (CNY 270,000) are invoiced at the start of that Subscription Year and payable within 30 days.

2.3 Fees are exclusive of VAT, which Customer pays in addition. Paid fees are non-refundable except as stated in the General Terms.

## 3. Onboarding

3.1 Provider will configure the Service for Customer's sales regions, import Customer's product, price and distributor master data, connect the Service to Customer's ERP for orders and stock, and train 12 key users.

3.2 Onboarding acceptance: Customer will test the configured Service against the agreed onboarding checklist, including order entry on the mobile app, order transfer to the ERP without error for five consecutive working days, correct stock figures for a sample of 30 distributors and the standard reports. Customer will sign an onboarding acceptance note when the checklist is met. Use of the Service in production is not acceptance.

3.3 If Provider does not make the configured Service ready for onboarding acceptance by 15 September 2025 for reasons attributable to it, Provider will pay CNY 500 for each day of delay, up to CNY 20,000.

## 4. Renewal

This Order Form ends at the end of the Subscription Term and does not renew automatically. Any renewal requires a new Order Form signed by both parties.

Signed for Provider: ____________ (Director)  Signed for Customer: ____________ (Legal Representative)

---

# GENERAL TERMS

## 1. Application

These General Terms apply to the Order Form above and form part of it. If they conflict, the Order Form prevails.

## 2. The Service

2.1 Provider will provide the Service to Customer's authorised users during the Subscription Term in accordance with the documentation.

2.2 Customer is responsible for its users' conduct, for keeping its passwords secret and for the accuracy of the data it enters.

## 3. Service Levels

3.1 Provider will make the Service available 99.95% of each calendar month, excluding scheduled maintenance notified at least 48 hours in advance and carried out between 00:00 and 06:00 Beijing time.

3.2 Provider will respond to support requests within these times: Severity 1 (Service unavailable or orders cannot be submitted) within 30 minutes, 24 hours a day; Severity 2 within 2 hours during business hours; Severity 3 within 2 business days.

3.3 If monthly availability falls below the commitment, Customer receives a service credit of 5% of the monthly equivalent of the subscription fees for each 0.1 percentage point of shortfall, up to 50% of that monthly amount. A missed Severity 1 response time gives a credit of CNY 600 per incident. Credits are set off against the next invoice or refunded at the end of the Subscription Term.

## 4. Customer Data

4.1 "Customer Data" means the data that Customer and its users submit to the Service, including customer lists, distributor data, orders and prices.

4.2 Customer Data belongs to Customer. Provider may use Customer Data only to provide the Service to Customer under this Order Form and will not sell it or use it for any other purpose.

4.3 Within 30 days after the end of the Subscription Term, Provider will make Customer Data available for export in CSV format, and will then delete it.

## 5. Intellectual Property

5.1 Provider owns the Service, its software and documentation and all improvements to them.

5.2 The configurations, report templates and ERP interface mappings made for Customer under the Order Form belong to Customer, and Customer may use, modify and license them freely, including to another service provider.

## 6. Confidentiality

Each party will keep confidential the other party's non-public business and technical information received under this agreement, use it only for this agreement and disclose it only to employees and advisers who need to know it. This obligation continues for three years after the end of the Subscription Term.

## 7. Subcontracting

Provider may not subcontract the onboarding services or the operation of the Service to a third party without Customer's prior written consent. Provider remains responsible for the acts of any approved subcontractor.

## 8. Warranties

8.1 Provider warrants that the Service will perform materially in accordance with the documentation and that the onboarding services will be performed with reasonable skill and care.

8.2 If the Service does not conform, Provider will correct it at no charge within a reasonable time.

## 9. Limitation of Liability

9.1 Provider's total aggregate liability arising out of or in connection with this agreement, whether in contract, tort or otherwise, is limited to the fees paid by Customer in the six months preceding the event giving rise to the claim.

9.2 Neither party is liable for loss of profits, revenue or goodwill, or for indirect or consequential loss.

## 10. Term and Termination

10.1 This agreement runs for the Subscription Term.

10.2 Either party may terminate this agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. If Customer terminates for Provider's breach, Provider will refund the prepaid fees for the remainder of the Subscription Term.

10.3 Either party may terminate if the other becomes insolvent or ceases business.

## 11. Governing Law and Disputes

11.1 This agreement is governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen in accordance with its rules. The award is final and binding on both parties.

## 12. Customer Responsibilities

12.1 Customer will provide accurate master data for products, prices and distributors in the templates supplied by Provider, nominate a project lead, and make key users available for configuration workshops and acceptance testing.

12.2 Customer is responsible for its internet connections and mobile devices, and for ensuring that its users follow the acceptable-use rules in the documentation.

## 13. Support and Changes to the Service

13.1 Support is provided in Chinese and English through the support portal, by email and by telephone. Provider will give Customer access to release notes and online training material.

13.2 Provider may update the Service from time to time, provided that an update does not materially reduce the functions, security or service levels described in the documentation. Provider will announce major updates at least 14 days in advance.

13.3 Customer may request changes to its configuration or reports. Changes outside the onboarding scope are quoted at Provider's daily rate of CNY 4,200 and carried out only after Customer's written approval.

## 14. Suspension

14.1 Provider may suspend access to the Service only if Customer's use creates a serious security risk to the Service or if an undisputed invoice remains unpaid 30 days after a written reminder. Provider will give Customer prior notice where possible and will restore access promptly once the cause is removed.

14.2 A suspension does not extend the Subscription Term, and fees remain payable during a suspension caused by Customer.

## 15. Compliance

Each party will comply with the laws that apply to it in performing this agreement, including anti-bribery laws. Neither party will offer or give any improper payment or benefit to the employees of the other party.

## 16. General

16.1 Notices must be in writing and sent to the addresses in the Order Form or by email to the contacts named by each party.

16.2 Neither party may assign this agreement without the other party's written consent.

16.3 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and does its best to limit the effect.
"""

E03 = """T:Purchase Contract for Cold-Store Temperature Monitoring Equipment
P:Contract No. ZJLL-EQ-2025-027
P:Buyer: Zhanjiang Lianlong Cold Chain Logistics Co., Ltd., Xiashan District, Zhanjiang, Guangdong Province, PRC (the "Buyer").
P:Supplier: Karnaphuli Instruments Limited, Agrabad Commercial Area, Chattogram 4100, Bangladesh (the "Supplier").
P:Whereas the Buyer operates a cold-storage warehouse with 16 cold rooms at its Zhanjiang port logistics park and needs continuous temperature and humidity monitoring with alarms; and whereas the Supplier manufactures wireless sensors and gateways and has offered to supply, install and commission a monitoring system; the parties agree as follows. All prices are in CNY.
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply the equipment and software listed in Section 2, install and calibrate all sensors, commission the gateways and the monitoring software on the Buyer's server, connect the alarms to the Buyer's duty phones and train the Buyer's staff.
P:1.2 The Supplier shall carry out the work in accordance with the Technical Specification in Annex 1, which forms part of this Contract.
H:Section 2 Contract Price
P:2.1 The Contract Price is CNY 614,000, fixed and inclusive of delivery to site (DAP Zhanjiang), import duties paid by the Supplier, taxes, installation and training:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, -40 to +60 °C|240|1,150|276,000
TB:2|LoRa gateway with 4G backup|12|8,600|103,200
TB:3|Door-open sensor|18|420|7,560
TB:4|Monitoring software licence (perpetual, on-premise)|1|98,000|98,000
TB:5|Monitoring server with UPS|1|46,240|46,240
TB:|Hardware and Licence Subtotal|||531,000
TB:6|Installation, calibration and commissioning|1 lot||74,000
TB:7|Training|1 lot||9,000
TB:|Contract Price|||614,000
H:Section 3 Payment
P:3.1 Within 20 days after signature and receipt of an advance-payment guarantee from a bank acceptable to the Buyer, the Buyer shall pay 10% of the Contract Price.
P:3.2 Within 20 days after all equipment has been delivered and installed and the Buyer has signed the Installation Certificate, the Buyer shall pay 55% of the Contract Price. The Installation Certificate records completion of installation only and is not acceptance.
P:3.3 Within 20 days after Final Acceptance under Section 5, the Buyer shall pay the remaining 35% of the Contract Price.
H:Section 4 Delivery and Delay
P:4.1 The Supplier shall deliver all equipment within 60 days and complete installation and commissioning within 90 days after signature.
P:4.2 For each day of delay in delivery or in reaching Final Acceptance for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.1% of the Contract Price, up to 10% of the Contract Price.
H:Section 5 Acceptance
P:5.1 After installation the system shall run for 30 consecutive days. Final Acceptance requires that: (a) each sensor reads within ±0.3 °C of a calibrated reference thermometer at two test points; (b) no sensor has a data gap longer than 10 minutes during the run; (c) a simulated over-temperature in each cold room raises an alarm on the duty phones within 2 minutes; and (d) the 4G backup takes over when the wired network is disconnected.
P:5.2 When the criteria are met the Buyer shall issue a Final Acceptance Certificate. Installation, use of the system or any payment does not constitute acceptance.
H:Section 6 Warranty
P:6.1 The warranty period is 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective equipment free of charge, including shipping and duties, and provide software updates and annual recalibration.
P:6.2 Sensor batteries that fail within the warranty period shall be replaced free of charge.
H:Section 7 Support After Warranty
P:7.1 After the warranty period the Buyer may order annual support at 7% of the Hardware and Licence Subtotal, i.e. CNY 37,170 per year, fixed for the first two years after the warranty. Support is ordered by written purchase order each year and does not renew automatically.
H:Section 8 Service Levels
P:8.1 Severity 1 (loss of monitoring or alarms for any cold room): remote response within 1 hour and restoration within 8 hours, using spare sensors or gateways kept at the site.
P:8.2 Severity 2 (a single sensor failure without loss of alarming): response within 8 hours, repair within 3 working days.
P:8.3 For each hour by which a Severity 1 response or restoration time is exceeded, the Supplier shall pay CNY 800, deducted from the warranty retention or the next payment.
H:Section 9 Data and Security
P:9.1 All temperature records, alarm logs and warehouse data collected by the system belong to the Buyer. The Supplier shall use them only to perform this Contract.
P:9.2 The Supplier shall access the system remotely only with the Buyer's approval for each session, through the Buyer's VPN, and shall not copy data out of the Buyer's network. The software shall keep records in a tamper-evident format.
P:9.3 The Supplier shall report any security incident affecting the system or the data within 2 hours and is liable for the Buyer's losses caused by its breach of this Section.
H:Section 10 Confidentiality
P:10.1 Each party shall keep confidential the other party's technical and business information received under this Contract and shall not disclose it to any third party without prior written consent. This obligation survives termination for three years.
H:Section 11 Intellectual Property
P:11.1 The configuration, the cold-room layouts and the custom alarm rules and reports prepared for the Buyer belong to the Buyer, which may modify them and give them to another contractor. The software licence in Section 2 is perpetual.
H:Section 12 Liability
P:12.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Sections 9 and 10.
H:Section 13 Subcontracting
P:13.1 The Supplier shall comply with the Buyer's site safety rules, including the rules for work inside cold rooms, at height and near forklift traffic, and shall provide its staff with suitable cold-weather protective equipment.
P:13.2 The installation partner named in Annex 2 is approved on signature. Any other subcontracting requires the Buyer's prior written consent. The Supplier remains responsible for its subcontractors.
H:Section 14 Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if liquidated damages reach their maximum.
H:Section 15 Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou. The language of the arbitration shall be English and Chinese.
H:Section 16 Packing, Shipping and Documents
P:16.1 The Supplier shall pack the equipment for sea and road transport in a humid climate, mark each case with the contract number and the case number, and send the Buyer a packing list before shipment.
P:16.2 With the delivery the Supplier shall provide the commercial invoice, packing list, certificate of origin, calibration certificates for every sensor, user manuals and installation drawings, in English and Chinese.
P:16.3 The equipment shall comply with the radio, electrical safety and electromagnetic compatibility rules applicable in China. The Supplier shall provide the type approval documents for the gateways before shipment.
H:Section 17 Spare Parts and Training
P:17.1 The Supplier shall keep at the site, at its own cost during the warranty period, at least 10 spare sensors and one spare gateway, and shall replenish them within 30 days after use.
P:17.2 The Supplier shall provide a Chinese-language user interface and Chinese-language alarm messages in the monitoring software, and shall configure alarm escalation to a second duty phone if the first does not acknowledge within 10 minutes.
P:17.3 The Supplier shall train up to 20 of the Buyer's warehouse and maintenance staff in the use of the monitoring software, alarm handling, battery replacement and basic troubleshooting, and shall provide written training material.
H:Section 18 Force Majeure
P:17.4 The Supplier shall hand over the administrator passwords of all gateways and of the monitoring server to the Buyer at Final Acceptance, and the Buyer may change them at any time.
P:17.5 The Supplier shall supply spare parts for the sensors and gateways for at least seven years after Final Acceptance, at prices not higher than the unit prices in Section 2 adjusted by published inflation indices.
P:18.1 Neither party is liable for a delay caused by an event beyond its reasonable control, provided that it notifies the other party promptly, provides evidence and does its best to limit the effect. The parties shall agree a revised schedule.
H:Section 19 Miscellaneous
P:19.1 This Contract is signed in two originals in English and Chinese; both texts are equally authentic.
P:Annex 1: Technical Specification. Annex 2: Installation partner and site plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED IT SERVICE DESK AGREEMENT

**Agreement No.:** ADS-MSA-2025-11

**Provider:** Atoll Digital Services Pvt Ltd, H. Maaram Building, Ameenee Magu, Malé 20026, Republic of Maldives ("Provider")

**Customer:** Hangzhou Lanting International Travel Service Co., Ltd., Shangcheng District, Hangzhou, Zhejiang, PRC ("Customer")

**Background:** Customer runs 14 branch offices in China and sends tour leaders abroad with company laptops and phones. Customer wishes to outsource its first-line IT service desk and the management of its end-user devices. Provider runs a bilingual (Chinese and English) service desk from Malé. All charges are in CNY at Customer's request.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Charges" means the charges set out in Schedule 2.

1.3 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance Certificate under clause 4.

1.4 "Customer Data" means all data of Customer, its employees and its travellers that Provider receives or can access in performing the Services.

## 2. Term

2.1 This Agreement begins on signature and continues until the end of the 24th month after the Service Commencement Date (the "Term").

2.2 This Agreement does not renew automatically. The parties may agree a renewal in writing at least 60 days before the end of the Term.

## 3. Services

3.1 Provider shall provide the Services described in Schedule 1 from the Service Commencement Date.

3.2 Provider shall use commercially reasonable efforts to answer calls and tickets promptly and to resolve incidents as quickly as practicable. Provider will send Customer a monthly report of tickets received and closed.

3.3 Customer shall give Provider's engineers the remote access, administrator rights and information reasonably required, and shall nominate a service manager.

## 4. Transition and Acceptance

4.1 Provider shall carry out the transition activities in Schedule 3 within 45 days after signature.

4.2 Customer shall issue a Transition Acceptance Certificate when: (a) all 420 devices are enrolled in the device-management console and show a compliant status; (b) the ticketing tool is configured with Customer's categories and escalation contacts; (c) test calls in Chinese and English have been handled correctly for five consecutive working days; and (d) the knowledge base covers the 50 most frequent requests agreed with Customer. Using the Services before that date is not acceptance.

## 5. Charges and Payment

5.1 Customer shall pay the Charges in Schedule 2. The total Charges for the Term are CNY 1,170,000.

5.2 The transition fee is invoiced after the Transition Acceptance Certificate is signed. The monthly service charge is invoiced monthly in arrears. Invoices are payable within 30 days. No amount is payable in advance.

5.3 The Charges are fixed for the Term. Devices added above 440 are charged at the unit rate in Schedule 2.

## 6. Customer Data and Security

6.1 Customer Data belongs to Customer. Provider shall process Customer Data only on Customer's instructions and only to perform the Services, and shall not copy, sell or use it for any other purpose.

6.2 Provider shall maintain ISO/IEC 27001 certification for the service desk, use multi-factor authentication and individual named accounts for all access to Customer systems, encrypt Customer Data in transit and at rest, and log all administrator actions.

6.3 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, cooperate in the investigation and remediation, and compensate Customer for the losses caused by Provider's breach of this clause 6.

6.4 Provider shall comply with the PRC Personal Information Protection Law and shall not transfer personal information of Customer's employees or travellers outside the systems approved by Customer.

## 7. Confidentiality

7.1 Each party shall keep confidential the other party's non-public information received under this Agreement, use it only for this Agreement and disclose it only to personnel who need it. This clause survives for three years after termination.

## 8. Intellectual Property

8.1 Provider retains its tools, methods and general know-how.

8.2 The runbooks, knowledge-base articles, device configuration profiles and scripts created for Customer belong to Customer, which may use, modify and hand them to any successor provider.

## 9. Personnel and Subcontracting

9.1 Provider shall staff the service desk with trained agents who speak Chinese and English, carry out background checks on them as permitted by law, and keep a named team lead for Customer's account. Provider shall give Customer reasonable notice before replacing the team lead.

9.2 Provider shall not subcontract any part of the Services without Customer's prior written consent and remains responsible for any approved subcontractor.

## 10. Liability

10.1 Provider's total aggregate liability under this Agreement shall not exceed 200% of the total Charges for the Term.

10.2 The limit does not apply to breach of clauses 6 and 7, personal injury or wilful misconduct.

10.3 Neither party is liable for indirect or consequential loss or loss of profit.

## 11. Termination

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

11.2 Customer may terminate for convenience on 90 days' written notice, paying the Charges up to the termination date.

11.3 On expiry or termination Provider shall return all Customer Data, hand over the runbooks and knowledge base, and provide up to 30 days of exit assistance at the monthly rate.

## 12. Governance and Change Control

12.1 Each party shall appoint a service manager. The service managers shall meet by video call every month to review the ticket report, open problems, device compliance and planned changes, and shall hold a quarterly service review with Customer's IT director.

12.2 Either party may request a change to the Services. Provider shall describe the effect of the change on the Services and the Charges within 10 working days. A change takes effect only when both parties sign a change note.

12.3 Customer shall inform Provider in advance of office openings, closures and new software that will affect the service desk, so that Provider can update the knowledge base and train its agents.

12.4 Provider shall keep an asset register of all devices under management, showing the user, location, operating system version, encryption status and last check-in date, and shall make it available to Customer at any time through the console.

12.5 Provider shall keep its own tools, knowledge base and ticketing system up to date and shall give Customer read access to all tickets raised by Customer's users, with their history, status and the name of the agent handling them.

12.6 Provider shall support Customer's internal and external IT audits by providing ticket records, access logs and the asset register within five working days after a request.

12.7 Provider shall follow Customer's IT policies for passwords, software installation and remote wipe of lost devices, as updated by Customer from time to time with reasonable notice.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou.

## 14. General

14.1 Each party shall notify the other of an event beyond its reasonable control that prevents performance, and shall do its best to limit its effect.

14.2 Amendments must be in writing and signed by both parties.

14.3 Notices shall be sent in writing to the addresses above or by email to the service managers.

---

## Schedule 1 — Services

| Service element | Description | Service hours (Beijing time) |
|---|---|---|
| Service desk | Phone, chat and email support in Chinese and English for 380 office staff and tour leaders | 08:00–22:00 every day |
| Incident handling | Logging, diagnosis and remote fixing of incidents; escalation to Customer's suppliers | 08:00–22:00 every day |
| Device management | Enrolment, patching, encryption and remote wipe of up to 440 laptops and phones | Business days |
| Account administration | New joiners, leavers, password resets, mailbox and VPN access | 08:00–22:00 every day |
| Reporting | Monthly ticket report and quarterly service review | Monthly / quarterly |

## Schedule 2 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | One-time | 54,000 |
| Monthly service charge | 24 months × CNY 46,500 | 1,116,000 |
| **Total Charges for the Term** | | **1,170,000** |
| Additional device above 440 | Per device per month | 65 |

## Schedule 3 — Transition Plan

| Week | Activity | Responsible |
|---|---|---|
| 1–2 | Discovery of devices, accounts and current procedures | Provider, with Customer's service manager |
| 3–4 | Ticketing tool configuration and knowledge-base writing | Provider |
| 5–6 | Device enrolment and test calls | Provider and Customer |
| 7 | Transition acceptance under clause 4 | Customer |

**Signed for Provider:** ____________ (Managing Director)  **Signed for Customer:** ____________ (Legal Representative)
"""

E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. RMD-API-CN-2025-06

BETWEEN

Ravi Market Data (Private) Limited, a company incorporated in Pakistan, 17-B Gulberg III, Lahore, Punjab, Pakistan ("Provider")

AND

Shaoxing Keqiao Huafang Textile Trading Co., Ltd., a company incorporated in the People's Republic of China, Keqiao District, Shaoxing, Zhejiang ("Customer")

BACKGROUND

A. Provider collects daily prices, stocks and arrival data for cotton, cotton yarn and grey fabric from mills, brokers and ports in Pakistan and other producing countries, and supplies them through a data API.

B. Customer buys cotton yarn for its weaving partners and wishes to feed Provider's data into its purchasing and pricing system.

C. At Customer's request all fees are stated and payable in CNY.

THE PARTIES AGREE AS FOLLOWS:

1. DEFINITIONS

1.1 "API" means Provider's REST application programming interface described in the documentation, including the historical data endpoints.

1.2 "Data" means the prices, indices, stock figures and other information delivered through the API.

1.3 "Subscription Year" means each period from 1 October to 30 September during the Subscription Term.

1.4 "Customer Data" means the query logs, watch lists, API credentials and other information of Customer that Provider receives or stores.

2. SUBSCRIPTION TERM

2.1 The Subscription Term runs from 1 October 2025 to 30 September 2027 (two Subscription Years).

2.2 The subscription does not renew automatically. A renewal requires a renewal order signed by both parties.

3. SERVICE AND LICENCE

3.1 Provider shall give Customer access to the API with up to 2,000,000 calls per month and to the historical data from 2015 onwards.

3.2 Provider grants Customer a non-exclusive, non-transferable licence during the Subscription Term to use the Data for its internal purchasing, pricing and reporting, and to show derived figures to its weaving partners. Customer shall not resell the Data as a data feed.

3.3 Provider shall develop a connector that maps the Data into Customer's purchasing system according to the mapping specification agreed in writing (the "Connector").

4. FEES

4.1 The fees are:

    API subscription, per Subscription Year ........ CNY 118,000
    API subscription, two Subscription Years ....... CNY 236,000
    Connector development and set-up (one-time) .... CNY 14,000
    Total fees .................................... CNY 250,000

4.2 Calls above 2,000,000 in a month are charged at CNY 0.02 per 1,000 calls and are not included in the total fees.

5. INVOICING AND PAYMENT

5.1 The set-up fee is invoiced after the integration acceptance under clause 6.

5.2 The subscription fee is invoiced quarterly in arrears, at one quarter of the fee for the Subscription Year. Invoices are payable within 30 days of receipt. No amount is payable before the service starts.

6. INTEGRATION AND ACCEPTANCE

6.1 Provider shall deliver the Connector and the historical data load by 31 October 2025.

6.2 Customer shall test the integration against the mapping specification. Acceptance requires that: (a) all agreed series load into Customer's system for ten consecutive business days; (b) a sample of 200 historical values matches Provider's published figures; and (c) the daily update is complete by 09:00 Beijing time on each of those days. Customer shall then sign an integration acceptance note. Use of the Data before that is not acceptance.

6.3 If Provider misses the date in clause 6.1 for reasons attributable to it, Provider shall pay Customer CNY 200 for each day of delay, up to CNY 10,000.

7. SERVICE LEVELS

7.1 API availability: at least 99.95% in each calendar month, measured by Provider's monitoring at five-minute intervals, excluding scheduled maintenance announced three days in advance.

7.2 Daily data: the previous trading day's prices are available through the API by 08:30 Beijing time on each business day.

7.3 Support response: Severity 1 (API unavailable or daily data missing) within 30 minutes, at any time; Severity 2 within 2 hours on business days; Severity 3 within 2 business days.

7.4 Service credits: for each full 0.1 percentage point by which monthly availability falls below the commitment, 3% of that month's subscription fee, up to 25%; for each late daily update, CNY 300; for each Severity 1 response later than the target, CNY 300. Credits are deducted from the next invoice.

8. CUSTOMER DATA AND SECURITY

8.1 Customer Data belongs to Customer. Provider shall use it only to provide the service to Customer and shall not disclose it to any other person or use it for its own products or analysis.

8.2 Provider shall host Customer Data on servers in mainland China, encrypt it in transit and at rest, restrict access to named staff with multi-factor authentication and keep access logs for at least six months.

8.3 Provider shall notify Customer within 48 hours of any unauthorised access to Customer Data, take remedial measures and compensate Customer for losses caused by Provider's failure to comply with this clause 8.

8.4 Customer is responsible for safeguarding its API credentials and shall notify Provider promptly if they are compromised.

9. INTELLECTUAL PROPERTY

9.1 Provider owns the Data, the API and its databases.

9.2 The Connector, its source code and the mapping specification belong to Customer. Customer may use, modify and license them freely, including for use with another data provider.

10. SUBCONTRACTORS

10.1 Provider may use subcontractors and hosting providers of its choice to perform this Agreement. Provider shall notify Customer in writing of each new subcontractor within 10 days after engaging it.

10.2 Provider remains responsible for the performance of its subcontractors.

11. WARRANTIES AND DATA ACCURACY

11.1 Provider warrants that the Data is collected with reasonable care from the sources described in the documentation and that the API will perform materially in accordance with the documentation.

11.2 If Customer reports an error in the Data, Provider shall correct it within one business day.

12. LIABILITY

12.1 Provider's total liability under this Agreement is limited to 150% of the total fees.

12.2 Neither party is liable for indirect loss, loss of profit or trading losses arising from decisions based on the Data.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

13.2 Customer may also terminate by written notice if availability falls below 99% in any two months of a Subscription Year.

13.3 On termination Customer shall pay the fees for the service provided up to the termination date, and Provider shall return or delete Customer Data as Customer instructs.

14. CUSTOMER OBLIGATIONS

14.1 Customer shall use the API in accordance with the documentation and the rate limits, and shall not attempt to bypass the access controls or load the API with automated tests without Provider's agreement.

14.2 Customer shall name a technical contact for the integration and tell Provider promptly about problems it finds in the Data or the API.

14.3 Customer shall pay the fees on time. If an undisputed invoice remains unpaid 30 days after a written reminder, Provider may suspend access to the API until payment, after giving Customer five business days' written notice of the suspension.

14.4 Customer shall provide the mapping specification, test environment and contact persons needed for the Connector, and shall review Provider's test results within five business days.

15. CHANGES TO THE DATA AND THE API

15.1 Provider may add new series and endpoints at no extra charge. Provider shall give Customer at least 60 days' written notice before removing a series or changing an endpoint in a way that is not backward compatible, and shall update the Connector at its own cost to keep it working.

15.2 Provider shall keep the documentation up to date and publish a change log for the API and the Data, including corrections of historical values.

15.3 Provider shall run the API from at least two data centres so that a failure at one site does not interrupt the service, and shall test the switch-over at least twice in each Subscription Year and report the result to Customer.

15.4 If a source of a series stops publishing, Provider shall tell Customer promptly and propose an equivalent series where one exists.

16. FORCE MAJEURE

Neither party is liable for a failure or delay caused by an event beyond its reasonable control, such as a natural disaster, war, government action or a failure of public networks, provided that it notifies the other party promptly and does its best to resume performance.

17. GOVERNING LAW AND DISPUTES

17.1 This Agreement is governed by the laws of the People's Republic of China.

17.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules.

18. GENERAL

18.1 Notices shall be in writing and sent to the addresses above or by email to the contacts named by each party.

18.2 Neither party may assign this Agreement without the other party's prior written consent.

18.3 This Agreement is made in English in two originals.

SIGNED for Provider: ______________________ Name: __________ Title: Chief Executive

SIGNED for Customer: ______________________ Name: __________ Title: Legal Representative
"""

# ---------------------------------------------------------------- files
NAMES = {
    "z01": ("h531z01_disabled_persons_rehab_platform", "pdf", "zh", Z01),
    "z02": ("h531z02_rolling_mill_cooling_bed_control_retrofit", "docx", "zh", Z02),
    "z03": ("h531z03_fast_food_chain_supply_chain_saas", "txt", "zh", Z03),
    "z04": ("h531z04_emergency_centre_120_dispatch_om", "txt", "zh", Z04),
    "z05": ("h531z05_osmanthus_cake_wms_supplier_template", "md", "zh", Z05),
    "e01": ("h531e01_cmms_licence_india_vendor", "pdf", "en", E01),
    "e02": ("h531e02_field_sales_saas_order_form_sri_lanka", "md", "en", E02),
    "e03": ("h531e03_cold_store_sensors_bangladesh_supplier", "docx", "en", E03),
    "e04": ("h531e04_managed_service_desk_maldives_provider", "md", "en", E04),
    "e05": ("h531e05_cotton_data_api_pakistan_provider", "txt", "en", E05),
}

# ---------------------------------------------------------------- labels
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def terms(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warr, post, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warr, post, auto,
                                term, sub, law, kind]))


G, S = "goods_or_licence", "service"
# price checks (the sums the texts state)
assert 580000 + 690000 + 168000 + 72000 == 1510000 and 302000 + 679500 + 528500 == 1510000
assert 486000 + 612000 + 138000 + 214000 == 1450000 and 1450000 + 296000 + 178000 + 26000 == 1950000
assert 200 * 1680 == 336000 and 336000 + 96000 == 432000 and 3 * 432000 + 184000 + 68000 == 1548000
assert 468000 + 236000 + 312000 + 84000 == 1100000 and 4 * 275000 == 1100000
assert 420000 + 136000 + 38000 + 6000 == 600000 and 330000 + 210000 + 60000 == 600000 and 420000 * 26 // 100 == 109200
assert 60 * 9800 == 588000 and 40 * 3600 == 144000 and 588000 + 144000 == 732000
assert 732000 + 268000 + 46000 + 24000 == 1070000 and round(732000 * 0.11) == 80520
assert 150 * 1560 == 234000 and 234000 + 36000 == 270000 and 2 * 270000 + 58000 == 598000 and 58000 + 270000 == 328000
assert 240 * 1150 == 276000 and 12 * 8600 == 103200 and 18 * 420 == 7560
assert 276000 + 103200 + 7560 + 98000 + 46240 == 531000 and 531000 + 74000 + 9000 == 614000 and round(531000 * 0.07) == 37170
assert 24 * 46500 == 1116000 and 1116000 + 54000 == 1170000
assert 2 * 118000 == 236000 and 236000 + 14000 == 250000

LABELS = {
    "z01": ("software", terms(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 8, False, True,
                              False, "PRC", G), dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                                                     acceptance_deemed_on_delivery=False, contract_value=1510000)),
    "z02": ("hardware", terms(None, 0.5, True, "buyer", True, True, True, 0.1, 150, 20, False, False, 24, 9, False, True,
                              True, "PRC", G), dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                                                    acceptance_deemed_on_delivery=True, contract_value=1950000)),
    "z03": ("cloud", terms(99.5, 0.25, True, "buyer", True, True, True, 1200 / 1548000 * 100, 150, None, True, None, None,
                           None, True, True, False, "PRC", S), dict(sla_clause=True, ld_stated=True,
                                                                     acceptance_deemed_on_delivery=False,
                                                                     contract_value=1548000)),
    "z04": ("services", terms(99.99, 0.25, True, "buyer", True, True, True, 0.02, None, None, True, None, None, None, False,
                              False, False, "PRC", S), dict(sla_clause=True, ld_stated=True,
                                                            acceptance_deemed_on_delivery=False, contract_value=1100000)),
    "z05": ("software", terms(None, 8, False, "supplier", True, False, True, 0.03, 20, 55, True, True, 6, 26, False, True,
                              None, None, G), dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                                                   acceptance_deemed_on_delivery=False, contract_value=600000)),
    "e01": ("software", terms(None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True,
                              False, "India", G), dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                                                       acceptance_deemed_on_delivery=False, contract_value=1070000)),
    "e02": ("cloud", terms(99.95, 0.5, True, "buyer", False, True, True, 500 / 598000 * 100, 6 / 24 * 100,
                           328000 / 598000 * 100, True, None, None, None, False, True, False, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=598000)),
    "e03": ("hardware", terms(None, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 7, False, True, False,
                              "PRC", G), dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                                              acceptance_deemed_on_delivery=False, contract_value=614000)),
    "e04": ("services", terms(None, None, False, "buyer", True, True, True, None, 200, None, True, None, None, None, False,
                              True, False, "PRC", S), dict(sla_clause=False, ld_stated=False,
                                                           acceptance_deemed_on_delivery=False, contract_value=1170000)),
    "e05": ("cloud", terms(99.95, 0.5, True, "buyer", True, True, False, 200 / 250000 * 100, 150, None, True, None, None,
                           None, False, True, True, "PRC", S), dict(sla_clause=True, ld_stated=True,
                                                                    acceptance_deemed_on_delivery=False,
                                                                    contract_value=250000)),
}

# design facts that are not label keys: fee base (itemised licence / hardware subtotal) and a forum outside mainland China
DESIGN = {
    "z01": dict(fee_base=580000, forum_outside=False, rules=[]),
    "z02": dict(fee_base=1450000, forum_outside=False, rules=["CR-ACCEPTANCE", "CR-SUBCONTRACT"]),
    "z03": dict(fee_base=None, forum_outside=False, rules=["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "z04": dict(fee_base=None, forum_outside=False, rules=["CR-LD-LOW", "CR-TERMINATION"]),
    "z05": dict(fee_base=420000, forum_outside=False,
                rules=["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                       "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "e01": dict(fee_base=732000, forum_outside=True, rules=["CR-GOVERNING-LAW"]),
    "e02": dict(fee_base=None, forum_outside=False, rules=["CR-DATA-SECURITY", "CR-LIABILITY-CAP", "CR-PREPAYMENT"]),
    "e03": dict(fee_base=531000, forum_outside=False, rules=[]),
    "e04": dict(fee_base=None, forum_outside=False, rules=["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    "e05": dict(fee_base=None, forum_outside=False, rules=["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(t, x, fee_base):
    """policy §4: horizon 5 years from acceptance, post-warranty years = 5 - warranty years (pro rata)."""
    years_after = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * fee_base * years_after
    return fees / (x["contract_value"] + fees) * 100


def expected_rules(t, x, d):
    """My own reading of policy.md §3 (not project code), applied to the labels."""
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    goods = t["contract_kind"] == G
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
    if (t["governing_law"] not in (None, "PRC")) or d["forum_outside"]:
        r.append("CR-GOVERNING-LAW")
    if (goods and t["post_warranty_fee_pct"] is not None and x.get("post_warranty_fee_capped")
            and tco_share(t, x, d["fee_base"]) > 40):
        r.append("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"

# ---------------------------------------------------------------- threshold scan
PCT = r"\s*(?:%|％|per\s*cent|percent)"
NB = r"(?<![\d.,])"  # not inside a larger number
CN_NUM = "〇零一二三四五六七八九十百千两"
THRESHOLD_PATTERNS = [
    NB + r"99\.90*(?!\d)" + PCT, r"百分之九十九点九(?![\d" + CN_NUM + "])",               # availability
    NB + r"4\s*(?:个\s*)?小时", r"(?<![" + CN_NUM + "])四个?小时", NB + r"4\s*-?\s*(?:hours?|hrs?|h)\b",
    r"four[\s-]*hours?", NB + r"240\s*(?:分钟|min)",                                       # P1 response
    NB + r"0?\.050*(?!\d)" + PCT, r"万分之五(?![\d" + CN_NUM + "])", r"千分之零点五",         # LD
    NB + r"100(?:\.0+)?(?!\d)" + PCT, r"百分之(?:一)?百(?![\d" + CN_NUM + "])", r"one\s*hundred" + PCT,  # cap
    NB + r"30(?:\.0+)?(?!\d)" + PCT, r"百分之三十(?![" + CN_NUM + "点])", r"三成", r"thirty" + PCT,     # prepayment
    NB + r"12\s*个\s*月", r"(?<![" + CN_NUM + "])十二个月", NB + r"12\s*-?\s*months?", r"twelve[\s-]*months?",
    r"一年", r"(?<![a-z])one[\s-]*year", NB + r"1\s*-?\s*years?\b", NB + r"1\s*年",             # warranty
    NB + r"15(?:\.0+)?(?!\d)" + PCT, r"百分之十五(?![" + CN_NUM + "点])", r"fifteen" + PCT,       # post-warranty fee
    NB + r"40(?:\.0+)?(?!\d)" + PCT, r"百分之四十(?![" + CN_NUM + "点])", r"四成", r"forty" + PCT,  # TCO share
    NB + r"5\s*年", r"五年", r"five[\s-]*years?", NB + r"5\s*-?\s*years?\b", NB + r"60\s*(?:个\s*)?月",
    NB + r"60\s*-?\s*months?", r"六十个月",                                                  # TCO horizon
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.IGNORECASE)

MUST_HIT = ["99.9%", "99.9 %", "可用率99.90%", "4小时", "4 小时", "4个小时", "四小时", "四个小时", "4 hours", "four hours",
            "240分钟", "0.05%", "0.05 %", "万分之五", "千分之零点五", "100%", "100 %", "百分之百", "百分之一百",
            "one hundred per cent", "30%", "30 per cent", "百分之三十", "三成", "thirty percent", "12个月", "12 个月",
            "十二个月", "12 months", "12-month", "twelve months", "一年", "one year", "1 year", "1年", "15%", "15 %",
            "百分之十五", "fifteen per cent", "40%", "百分之四十", "四成", "forty percent", "5年", "5 年", "五年",
            "five years", "5 years", "60个月", "60 months", "六十个月"]
MUST_MISS = ["24小时", "24 小时", "24 hours", "14 hours", "99.95%", "99.99%", "99.5%", "115%", "0.15%", "0.5%", "150%",
             "130%", "45%", "2025年", "2027年", "万分之五十", "万分之八", "服务年度", "Subscription Year", "二十四个月",
             "三十六个月", "24 months", "36 months", "2026年12月31日", "315%", "1,100,000", "百分之三十五", "百分之四十五",
             "14 days", "25 years", "2015 onwards", "30 minutes", "15 minutes", "4G backup", "40 laptops"]


def selftest_scan():
    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), "must hit: " + s
    for s in MUST_MISS:
        assert not THRESHOLD_RE.search(s), "must miss: %s (%s)" % (s, THRESHOLD_RE.search(s).group(0))


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in THRESHOLD_RE.finditer(variant)]
    return hits


# ---------------------------------------------------------------- build and read back
def source_text(src, kind):
    if kind in ("docx", "pdf"):  # markup: strip the tags
        return "\n".join(line.partition(":")[2] for line in src.splitlines() if line.strip())
    return src


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        parts += [" | ".join(c.text for c in row.cells) for t in doc.tables for row in t.rows]
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(text) if lang == "zh" else len(text.split())


def write_label(key):
    stem, ext, lang, _ = NAMES[key]
    category, t, x = LABELS[key]
    label = {"file": stem + "." + ext, "language": lang, "category": category, "expected_terms": t,
             "expected_extra": x, "expected_rules": expected_rules(t, x, DESIGN[key])}
    (OUT / (stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
    return label


def main():
    selftest_scan()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    sources, targets = {}, {}
    for key, (stem, ext, lang, src) in NAMES.items():
        if ext in ("docx", "pdf"):
            sources[key], targets[key] = src, (stem + "." + ext, ext)
        else:
            (OUT / (stem + "." + ext)).write_text(src, encoding="utf-8")
            print("wrote", stem + "." + ext)
    write(sources, targets, OUT, wrap_words=True)

    covered, problems = set(), []
    for key, (stem, ext, lang, src) in NAMES.items():
        label = write_label(key)
        rules = label["expected_rules"]
        if rules != sorted(DESIGN[key]["rules"]):
            problems.append("%s: derived %s != design %s" % (key, rules, DESIGN[key]["rules"]))
        covered |= set(rules)
        t, x = label["expected_terms"], label["expected_extra"]
        # no label on a threshold
        for k, thr in [("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                       ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                       ("post_warranty_fee_pct", 15)]:
            if t[k] is not None and abs(t[k] - thr) < 1e-9:
                problems.append("%s: %s on threshold" % (key, k))
        share = None
        if t["contract_kind"] == G and t["post_warranty_fee_pct"] is not None:
            share = tco_share(t, x, DESIGN[key]["fee_base"])
            if abs(share - 40) <= 2:
                problems.append("%s: TCO share %.2f within 2 points of 40" % (key, share))
        text = read_back(OUT / (stem + "." + ext))
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append("%s: length %d outside %d-%d" % (key, n, lo, hi))
        hits = scan(text) + scan(source_text(src, ext))
        if hits:
            problems.append("%s: threshold figures %s" % (key, sorted(set(hits))))
        print("%s %-52s %s %5d %s risk=%s%s" % (key, stem + "." + ext, lang, n, ",".join(r[3:] for r in rules) or "-",
                                               risk(rules), "" if share is None else " tco_share=%.2f" % share))
    missing = set(ALL_RULES) - covered
    if missing:
        problems.append("rules not covered: %s" % sorted(missing))
    mix = [risk(DESIGN[k]["rules"]) for k in NAMES]
    print("risk mix:", mix)
    assert not problems, "\n".join(problems)
    print("all checks passed; all 20 rules covered")


if __name__ == "__main__":
    main()
