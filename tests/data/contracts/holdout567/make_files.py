"""holdout567: builds the ten blind drafts (txt / md written directly, docx / pdf through ../word_pdf.py), writes the ten
labels, derives each draft's expected rules from its labels by my own reading of policy.md §3, checks them against the
design list, checks text lengths and scans every source and built file for threshold figures.
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:青川市档案馆数字档案管理平台采购合同
P:合同编号：QCDA-ZC-2025-017　　采购方式：公开招标（政府采购）
P:甲方（采购人）：青川市档案馆　　地址：青川市文华路88号
P:乙方（供应商）：江州云典信息技术有限公司　　地址：江州市高新区科创大道206号
P:鉴于甲方通过公开招标采购数字档案管理平台软件许可及定制开发服务，乙方为中标供应商，依据《中华人民共和国民法典》《中华人民共和国政府采购法》及招标文件、投标文件，双方订立本合同，共同遵守。
H:第一条 合同标的与价格
P:1.1 乙方向甲方提供数字档案管理平台（含档案收集、整理、保管、利用、鉴定、统计模块）的永久使用许可，并完成专题数据库、与本市政务办公系统及不动产档案系统的接口定制开发、存量数据迁移及实施培训。
P:1.2 合同总价为人民币2,280,000元（大写：贰佰贰拾捌万元整），含税，包括：平台软件许可费1,260,000元；定制开发费740,000元（专题数据库320,000元、系统接口420,000元）；数据迁移费188,000元；实施及培训费92,000元。
P:1.3 除本合同另有约定外，合同总价为固定价格，乙方不得以任何理由要求调整。
H:第二条 交付期限与地点
P:2.1 乙方应于合同签订后九十日内完成平台部署及定制开发，于一百二十日内完成数据迁移并提交初验申请。
P:2.2 交付地点为甲方机房，平台部署于甲方政务云专区，不得部署于甲方指定范围以外的任何环境。
P:2.3 乙方应指派具有档案信息化项目经验的项目经理一名，实施期间常驻甲方现场；更换项目经理须事先征得甲方书面同意。
P:2.4 乙方应对甲方系统管理员及各业务科室操作人员进行培训，培训不少于六个工作日，并提交操作手册、管理员手册及培训记录。
H:第三条 付款方式
P:3.1 合同签订后十个工作日内，甲方凭乙方开具的发票支付合同总价的20%作为预付款，计456,000元。
P:3.2 初验合格后，甲方支付合同总价的45%，计1,026,000元。
P:3.3 最终验收合格后，甲方支付合同总价的35%，计798,000元。
P:3.4 甲方按财政资金支付程序付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 验收
P:4.1 初验：平台全部模块部署完成，专题数据库及全部接口联调通过，迁移数据抽检一致，由甲方组织初验并出具初验意见。
P:4.2 最终验收：初验合格后试运行九十日，且同时满足下列标准：（1）迁移档案条目与原系统逐条比对一致，电子文件可正常打开；（2）全部接口连续三十日无错误；（3）并发用户三百人时检索响应不超过3秒；（4）通过第三方软件测评及等级保护测评；（5）试运行期间无一级故障。
P:4.3 甲方在试运行期间使用平台不视为验收合格；验收以甲方签署的最终验收报告为准。
H:第五条 质保与维护
P:5.1 质保期为二十四个月，自最终验收合格之日起算。质保期内乙方免费提供软件缺陷修复、版本升级及远程与现场技术支持。
P:5.2 质保期满后，如甲方需要，乙方提供年度维护服务，年度维护费不超过平台软件许可费的8%（即不超过100,800元），且在质保期满后的三个服务年度内不予上调。维护合同另行签订，不自动续期。
H:第六条 服务水平
P:6.1 平台月可用率不低于99.95%（计划维护除外，计划维护须提前三个工作日经甲方同意）。
P:6.2 一级故障（平台无法登录或档案无法检索）：乙方30分钟内响应，2小时内到达现场，8小时内恢复；二级故障：2小时内响应，下一工作日内解决。
P:6.3 乙方未达到上述响应或恢复时限的，每超时1小时扣减维护费或质保金1,000元；月可用率每低于承诺值0.01个百分点，扣减2,000元。
H:第七条 知识产权
P:7.1 平台软件的著作权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 为甲方定制开发的专题数据库、接口程序、数据迁移脚本及其源代码和技术文档，知识产权归甲方所有，乙方应在最终验收前全部移交。
H:第八条 数据安全
P:8.1 档案数据及迁移过程中产生的全部数据属于甲方，乙方仅为履行本合同使用，不得用于其他任何目的。
P:8.2 乙方人员须经甲方审查，通过堡垒机访问系统，不得复制、带离档案数据；数据迁移在甲方机房内完成。
P:8.3 乙方应遵守《数据安全法》《档案法》及等级保护要求，发生数据泄露、篡改或丢失的，应在2小时内报告甲方并采取补救措施，由此造成的损失由乙方全部承担。
H:第九条 保密
P:乙方对履约中知悉的甲方档案内容、系统架构及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露，保密义务不因合同终止而解除。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期完成验收的，每逾期一日按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:10.2 乙方交付的平台或定制功能不符合约定的，应在甲方规定期限内免费整改；整改后仍不合格的，甲方有权解除合同并要求乙方退还已付款项、赔偿损失。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第十一条 分包
P:乙方不得将本合同项下的任何工作分包或转包给第三方。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面通知后十五日内未纠正的，甲方有权解除合同，并要求乙方承担违约责任。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十四条 不可抗力
P:因地震、洪水、战争、疫情等不可抗力不能履行合同的，受影响一方应在三日内书面通知对方，并在十五日内提供证明；双方根据不可抗力的影响协商顺延履行期限或部分免除责任。
H:第十五条 廉洁与履约保证
P:15.1 乙方不得向甲方工作人员提供任何形式的财物或不正当利益；违反的，甲方有权解除合同并将乙方列入不良行为记录。
P:15.2 乙方应在合同签订前提交合同总价5%的履约保证金，最终验收合格后十个工作日内无息退还。
H:第十六条 其他
P:16.1 招标文件、投标文件及澄清文件为本合同的组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:16.2 合同履行期间，双方联系人变更的，应提前书面通知对方。
P:16.3 附件：附件一 分项报价表；附件二 技术需求及定制开发清单；附件三 数据迁移方案；附件四 验收测试大纲。附件与正文具有同等效力。
P:甲方（盖章）：青川市档案馆　　法定代表人或授权代表：__________　　日期：____年__月__日
P:乙方（盖章）：江州云典信息技术有限公司　　法定代表人或授权代表：__________　　日期：____年__月__日
"""

Z02 = """T:挤压机控制系统改造及维保合同
P:合同编号：HY-LX-2025-0632
P:甲方：广宁华屹铝业有限公司（铝型材厂）　　地址：广宁市工业园区铝业路9号
P:乙方：佛山拓控自动化工程有限公司　　地址：佛山市南海区桂城科技园A座
P:甲方现有3台1800吨挤压机控制系统老化，拟进行控制系统改造。经比价采购，甲方确定由乙方承担改造及维保工作，双方经协商一致，订立本合同。
H:1. 改造范围
P:1.1 乙方负责3台挤压机电气控制系统的设计、供货、安装、编程、调试及培训，包括主控PLC、液压比例阀控制单元、人机界面、在线测温与速度检测装置，以及等温挤压控制软件。
P:1.2 改造完成后，挤压机应实现等温挤压、速度闭环控制、模具温度联锁、生产数据自动采集并上传甲方MES系统。
P:1.3 乙方应在改造前完成现场勘察，提交改造方案及停机计划，经甲方书面确认后实施；每台挤压机停机改造时间不超过七日。
H:2. 合同价格
P:2.1 合同总价为人民币1,206,000元（含13%增值税），明细如下表：
TB:序号|项目|数量|金额（元）
TB:1|主控PLC及扩展模块|3套|386,000
TB:2|液压比例阀控制单元|3套|274,000
TB:3|工控机及触摸屏人机界面|3套|96,000
TB:4|等温挤压控制软件许可（永久）|3套|218,000
TB:5|在线测温及速度编码器|3套|88,000
TB:|软硬件小计||1,062,000
TB:6|安装调试及旧系统拆除|1项|126,000
TB:7|操作及维护培训|1项|18,000
TB:|合同总价||1,206,000
P:2.2 上述价格包含设备、软件、运输、保险、安装、调试、培训及质保期内服务的全部费用。
H:3. 付款
P:3.1 合同生效后七日内，甲方支付合同总价的20%作为预付款，计241,200元。
P:3.2 全部设备到货并安装完成后，甲方支付合同总价的45%，计542,700元；到货安装不视为验收。
P:3.3 最终验收合格后，甲方支付合同总价的35%，计422,100元。
H:4. 交货与工期
P:4.1 乙方应于合同生效后四十五日内将全部设备运至甲方挤压车间，并于合同生效后九十日内完成3台挤压机的改造和调试。
P:4.2 乙方应遵守甲方安全生产管理制度，动火、高空及带电作业须办理作业票。乙方现场人员的人身安全及其对第三方造成的损害由乙方负责。
P:4.3 乙方应派驻具备电气工程师资格的项目负责人一名，改造期间每日向甲方设备科报告进度；项目负责人未经甲方同意不得更换。
P:4.4 拆除的旧控制柜、旧PLC模块及电缆归甲方所有，由乙方清点后交甲方仓库保管。
P:4.5 乙方应在每台挤压机改造前备齐全部设备和备件，并制定回退方案；改造后首班生产时乙方工程师应在现场值守。
H:5. 验收
P:5.1 每台挤压机改造完成后进行连续72小时带料试生产，试生产结束后由甲方组织最终验收。
P:5.2 验收标准：（1）挤压速度波动不超过设定值的±2%；（2）出口温度偏差不超过±5℃；（3）模具温度联锁及急停功能测试全部通过；（4）生产数据上传MES连续七日无丢失；（5）试生产期间无因控制系统引起的停机。
P:5.3 验收不合格的，乙方应在十日内整改并重新验收，费用由乙方承担。
H:6. 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起算。质保期内硬件损坏免费更换，软件缺陷免费修复。
P:6.2 质保期满后，乙方提供年度维保服务，年度维保费为软硬件小计的7%，即74,340元，质保期满后的三个服务年度内不予上调。
P:6.3 一级故障（挤压机因控制系统停机）：乙方1小时内远程响应，6小时内到达现场；二级故障：2小时内响应，24小时内解决。乙方每超时1小时，向甲方支付500元。
H:7. 知识产权与数据
P:7.1 控制软件许可产品的著作权归乙方，甲方获得永久使用许可。为甲方编写的PLC程序、人机界面画面、MES接口程序及其源代码归甲方所有，乙方应在验收时一并移交。
P:7.2 挤压工艺参数、生产记录等数据属于甲方，乙方仅为履行本合同使用。乙方远程维护须经甲方审批并全程记录，不得复制或带走工艺数据；因乙方原因造成数据泄露或丢失的，乙方应在2小时内报告甲方，并赔偿甲方全部损失。
H:8. 保密
P:双方对履约中获知的对方技术资料和商业信息负有保密义务，未经对方书面同意不得向第三方披露。
H:9. 分包
P:乙方可将电气安装、电缆敷设等现场施工工作分包给具有相应资质的施工单位，但应提前书面通知甲方。乙方对分包单位的工作承担责任。
H:10. 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:10.2 乙方在本合同项下对甲方的累计赔偿责任（含违约金）以合同总价的60%为限，但故意或重大过失造成的损失除外。
P:10.3 甲方逾期付款的，每逾期一日按逾期金额的万分之二向乙方支付违约金。
H:11. 合同解除
P:乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权解除本合同，并要求乙方返还已付款项、承担违约责任。
H:12. 不可抗力
P:12.1 因不可抗力导致一方不能按期履行的，该方应及时通知对方并提供证明，履行期限相应顺延；不可抗力持续超过六十日的，双方协商处理。
P:12.2 甲方因订单调整需要推迟停机改造的，应提前五日通知乙方，工期相应顺延，乙方不承担逾期责任。
H:13. 安全与环保
P:13.1 乙方现场作业应遵守甲方车间的安全警示和挤压机锁定挂牌制度，液压系统作业前须泄压并经甲方设备员确认。
P:13.2 乙方进入甲方厂区的车辆和人员应登记，不得进入与改造无关的熔铸、时效及表面处理车间，不得在厂区内吸烟。
P:13.3 改造产生的废旧电缆、包装材料由乙方分类清运，不得在车间内焚烧或随意堆放。
H:14. 法律适用与争议
P:本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，任何一方可向甲方所在地人民法院起诉。
H:15. 其他
P:15.1 乙方应随设备提交电气原理图、接线图、PLC程序清单、操作手册和维护手册各两套，并提交电子版。
P:15.2 乙方应为每台挤压机提供一套常用易损备件（熔断器、继电器、编码器连接线），并提交推荐备件清单及参考价格，供甲方自行采购。
P:15.3 培训对象为甲方挤压车间班组长、操作工及设备科电工，培训结束后乙方应组织考核并提交培训记录。
P:15.4 本合同一式四份，双方各执两份，经双方签字盖章后生效。改造方案、设备清单及验收记录为本合同附件，与本合同具有同等效力。
P:甲方（盖章）：广宁华屹铝业有限公司　　代表：__________　　日期：__________
P:乙方（盖章）：佛山拓控自动化工程有限公司　　代表：__________　　日期：__________
"""

Z03 = """悦禾母婴护理连锁月子中心客户管理系统（SaaS）订阅及实施合同

合同编号：YH-IT-2025-041

甲方：杭州悦禾母婴健康管理有限公司（下辖12家月子中心门店）
地址：杭州市滨江区江南大道1588号
乙方：上海织云软件科技有限公司
地址：上海市徐汇区漕河泾开发区宜山路700号

鉴于甲方需要统一管理各门店的客户签约、入住、护理记录、膳食及回访，乙方提供“织云母婴客户管理系统”云服务。双方经协商，就订阅及实施事宜订立本合同。

一、服务内容
（一）乙方为甲方开通客户管理系统云服务，覆盖甲方12家门店，功能包括客户档案、签约与房态、护理排班、母婴护理记录、膳食管理、回访与满意度、经营报表。
（二）乙方负责实施服务：系统配置、12家门店历史客户数据迁移、与甲方财务系统及会员小程序的接口定制、门店人员培训。
（三）服务期为三个服务年度，首个服务年度自上线验收合格之日起算。
（四）乙方提供7×24小时在线客服及工作日驻场支持热线，并为甲方指定一名客户成功经理，负责需求对接、月度运行报告和季度回访。
（五）乙方每季度至少发布一次功能更新，更新前应提前五个工作日书面告知甲方更新内容；涉及护理记录格式变更的，须事先征得甲方同意。

二、费用
（一）订阅费：每家门店每服务年度21,600元，12家门店每服务年度合计259,200元，三个服务年度合计777,600元。
（二）实施费86,000元（含接口定制），数据迁移费24,000元，均为一次性费用。
（三）合同总价为887,600元（含税）。
（四）服务期内新增门店的，按每家门店每服务年度21,600元另行计费，不计入合同总价。

三、付款
（一）实施费及数据迁移费在上线验收合格后十五个工作日内支付。
（二）订阅费按服务年度支付，甲方在每个服务年度开始后十五个工作日内支付当期订阅费。
（三）乙方应在付款前开具合法有效的增值税专用发票。

四、实施与上线验收
（一）乙方应于合同签订后六十日内完成配置、迁移及接口开发，并提交上线验收申请。
（二）上线验收标准：1. 12家门店历史客户档案与原台账逐条核对一致；2. 签约、入住、护理记录、回访全流程在每家门店演示通过；3. 财务系统及小程序接口连续十日数据同步无差错；4. 页面平均响应时间不超过2秒。
（三）门店试用不视为验收；验收以甲方出具的书面验收单为准。
（四）乙方应为甲方各门店店长、护理主管、前台及客服人员提供培训，每家门店现场培训不少于一日，并提供操作视频和培训考核记录。
（五）甲方应提供历史客户台账、门店清单和接口所需的测试环境，并指定项目联系人配合乙方实施。
（六）乙方逾期提交上线验收申请的，每逾期一日按合同总价的千分之一向甲方支付违约金。

五、服务水平
（一）乙方承诺系统月可用率不低于99.5%，计划维护安排在每日零时至六时之间并提前通知甲方。
（二）一级故障（任一门店无法登录或护理记录无法保存）：乙方30分钟内响应，3小时内恢复；二级故障：2小时内响应，1个工作日内解决。
（三）月可用率低于承诺值的，乙方按当月订阅费的5%至20%向甲方提供服务抵扣；一级故障响应每超时1小时，抵扣1,000元。

六、客户数据与数据安全
（一）甲方录入或迁移至系统的客户信息、母婴护理记录及经营数据均属于甲方，乙方仅为提供本合同服务而处理，不得用于任何其他目的。
（二）乙方应将数据存储于中国境内，采取加密存储、传输加密、访问权限控制及操作日志留存等措施，并遵守《个人信息保护法》《数据安全法》。
（三）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，配合处置，并承担由此给甲方及其客户造成的全部损失。
（四）乙方人员访问甲方客户数据须经授权并实名登记，仅限处理甲方提出的服务请求；乙方应每季度向甲方提供访问日志。
（五）乙方每日对甲方数据进行备份，备份数据保留不少于三十日，并每半年进行一次恢复演练，演练结果书面报告甲方。
（六）合同终止后三十日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，并在甲方确认后彻底删除，出具删除证明。

七、保密
双方对在合作中知悉的对方商业秘密及客户信息负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后继续有效。

八、知识产权
云服务平台的知识产权归乙方所有。为甲方定制的接口程序、专属报表及其源代码归甲方所有，甲方可自行修改或委托第三方维护。

九、续期
本合同服务期届满前三十日，任何一方未书面提出不续期的，本合同自动续期一个服务年度，续期次数不限。续期时乙方有权根据市场情况上调订阅费单价，上调幅度不超过8%，并以书面方式通知甲方。

十、分包
乙方不得将实施工作分包给第三方，确需分包的，应事先取得甲方书面同意。

十一、合同解除
（一）乙方严重违约，经甲方书面通知后十五日内未纠正的，甲方有权解除本合同，乙方应退还已付但未使用期间的订阅费。
（二）乙方连续两个月未达到月可用率承诺的，甲方有权解除本合同。
（三）合同解除或终止的，乙方应继续提供不少于六十日的过渡服务，协助甲方完成数据迁出，过渡期内按原订阅费标准按日计费。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交杭州仲裁委员会仲裁。

十三、双方其他权利义务
（一）甲方应妥善保管系统管理员账号，按门店实际岗位分配权限；甲方员工离职的，甲方应及时停用其账号。
（二）乙方应保证系统符合母婴护理行业的一般业务要求，并根据甲方书面提出的合理需求调整报表口径，不另收费。
（三）甲方新开门店的，乙方应在接到甲方书面通知后十个工作日内完成开通、配置和培训。
（四）乙方应每月向甲方提交服务报告，列明各门店使用情况、月可用率、故障处理记录及改进建议，甲方有权据此核对服务抵扣。
（五）乙方发生合并、分立或实际控制人变更的，应在十日内书面通知甲方，并保证服务不受影响。

十四、不可抗力
因不可抗力或基础电信运营商大面积故障导致服务中断的，乙方应立即通知甲方并尽力恢复；该期间不计入月可用率考核，但乙方应在恢复后提交书面说明。

十五、通知
双方的通知以书面形式送达本合同首页所列地址或双方项目联系人的电子邮箱，电子邮件发出之日视为送达。一方变更地址或联系人的，应提前五日通知对方。

十六、其他
本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。本合同一式两份，双方各执一份，自双方盖章之日起生效。附件一 门店清单；附件二 接口需求说明；附件三 上线验收测试用例。

甲方（盖章）：杭州悦禾母婴健康管理有限公司　　代表：__________
乙方（盖章）：上海织云软件科技有限公司　　代表：__________
日期：2025年8月18日
"""

Z04 = """临澜市公交集团智能调度系统年度运维服务合同

项目编号：LLGJ-CS-2025-112（竞争性磋商）
甲方（采购人）：临澜市公共交通集团有限公司
地址：临澜市东湖区站前路3号
乙方（成交供应商）：临澜智行交通科技有限公司
地址：临澜市高新区软件园二期B栋

根据临澜市公交集团智能调度系统年度运维服务项目竞争性磋商文件、乙方的响应文件及成交通知书，甲乙双方经协商一致，订立本合同。

第一条 服务范围
（1）运维对象：甲方智能调度系统，包括调度中心平台、车载智能终端（1,860台）、电子站牌（420块）、场站调度屏及相关网络和服务器。
（2）服务内容：日常巡检、故障处理、系统监控、数据备份、版本升级、车载终端维修更换、调度员操作支持及运维报表。
（3）乙方应在甲方调度中心安排不少于6名驻场运维人员，实行7×24小时值守，其中至少1名为系统工程师。

第二条 服务期限
服务期自2026年1月1日起至2026年12月31日止。乙方应于2025年12月20日前完成人员进场及与原运维单位的交接，并提交交接报告。

第三条 服务费用及支付
（1）年度运维服务费为人民币1,368,000元（含税），为固定总价，包括人工、备品备件、工具、差旅及税费。
（2）服务费按季度支付，每季度342,000元。每季度结束后，甲方根据季度考核结果在二十个工作日内支付当季服务费，考核扣款从当季服务费中扣除。
（3）本合同不设预付款。

第四条 服务水平与考核
（1）调度中心平台月可用率不低于99.95%；车载终端在线率不低于98%。
（2）一级故障（调度平台中断或全线车辆定位丢失）：乙方15分钟内响应，1小时内恢复；二级故障（单条线路调度异常）：30分钟内响应，3小时内恢复；三级故障：2小时内响应，下一工作日内解决。
（3）一级故障每超时1小时扣减服务费2,000元；二级故障每超时1小时扣减800元；平台月可用率每低于承诺值0.01个百分点扣减1,500元；车载终端在线率低于承诺值的，每低1个百分点扣减3,000元。
（4）甲方每季度对乙方服务进行考核，考核内容包括故障处理时效、巡检完成率、报表提交及调度员满意度，考核结果作为支付依据。

第五条 交接与验收
（1）乙方应于2025年12月20日前完成进场交接，交接内容包括系统账号、设备台账、备件清单及运维文档，交接完成后由甲方出具交接确认单。
（2）每季度末乙方提交季度运维报告，甲方在十个工作日内审核确认；季度运维报告经甲方确认，作为该季度服务验收的依据。
（3）服务期满，乙方应向甲方或甲方指定的后续单位完成运维交接，交接期不少于十五日。
（4）交接时乙方应移交完整的设备台账、故障工单记录、配置备份及运维文档，经甲方核对无误后签署交接确认单。

第六条 数据安全
（1）调度系统中的车辆定位、客流、营运及驾驶员信息等全部数据属于甲方，乙方仅为履行运维服务使用，不得用于其他目的。
（2）乙方应执行甲方网络安全管理制度，运维操作须通过堡垒机进行并留存日志；不得私自拷贝、导出数据，不得在外网设备上存储甲方数据。
（3）乙方应每日完成数据备份检查，每季度进行一次数据恢复演练。
（4）因乙方原因发生数据泄露、丢失或系统被非法入侵的，乙方应在1小时内报告甲方，采取补救措施，并承担由此造成的全部损失及相应法律责任。

第七条 知识产权
乙方在运维过程中为甲方编写的脚本、配置文件、报表模板及运维文档，知识产权归甲方所有。

第八条 人员管理
（1）乙方驻场人员须经甲方审核，遵守甲方调度中心管理制度，更换驻场人员须提前十日书面通知甲方并经甲方同意。
（2）乙方应为驻场人员缴纳社会保险，乙方人员在服务期间发生的人身伤害由乙方负责。
（3）驻场人员应熟悉公交营运调度业务，持有相应的网络或系统运维资格证书；乙方应建立驻场人员排班表，每月报甲方备案，节假日及重大活动期间应增派人员保障。
（4）乙方应建立故障工单制度，所有故障从报修到关闭均在甲方运维平台登记，工单记录作为考核依据。

第九条 分包
乙方不得将本合同项下的运维服务分包或转包给任何第三方。

第十条 违约责任
（1）乙方未按第二条约定时间完成人员进场及交接的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（2）乙方服务未达到第四条约定的，按第四条扣减服务费；季度考核不合格的，乙方应在十五日内整改，整改期间甲方可暂缓支付当季服务费。
（3）甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。

第十一条 合同的履行与解除
（1）本合同为年度服务合同。为保障公交调度系统连续稳定运行，服务期内任何一方均不得单方解除本合同。
（2）乙方违约的，甲方可依照第四条、第十条扣减服务费、要求乙方支付违约金并限期整改，但不得以乙方违约为由解除本合同。
（3）因不可抗力致使合同目的无法实现的，双方可协商终止本合同。

第十二条 备品备件与设备维修
（1）乙方应在甲方场站备有不少于车载终端总数3%的备用终端及电子站牌常用备件，备件清单每季度报甲方核对。
（2）车载终端故障的，乙方应在车辆回场后当日完成更换；电子站牌故障的，乙方应在两个工作日内修复。更换下的故障设备由乙方负责送修，送修费用包含在服务费中。
（3）乙方每月对调度中心服务器、网络设备及场站调度屏进行一次全面巡检，每季度对电子站牌进行一次现场巡检，巡检记录报甲方备案。

第十三条 报告与培训
（1）乙方每月五日前向甲方提交上月运维月报，内容包括故障统计、处理时效、设备在线率、巡检情况及改进建议。
（2）乙方每季度为甲方调度员及场站管理人员组织一次操作培训，新线路开通或系统升级前须专项培训。
（3）系统版本升级须提前十日提交升级方案，经甲方批准后在夜间非运营时段实施，并准备回退方案。

第十四条 不可抗力
因不可抗力导致乙方不能按约提供服务的，乙方应立即通知甲方并采取措施减少影响，相应期间不计入考核；不可抗力消除后乙方应立即恢复服务。

第十五条 廉洁
乙方及其人员不得向甲方工作人员提供回扣、礼品或其他不正当利益，发现的，甲方有权按第十条追究乙方违约责任并将其列入甲方供应商不良记录。

第十六条 争议解决
因本合同引起的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。

第十七条 其他
（1）竞争性磋商文件、乙方响应文件、成交通知书为本合同的组成部分。
（2）本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：临澜市公共交通集团有限公司　　授权代表：__________
乙方（盖章）：临澜智行交通科技有限公司　　授权代表：__________
签订日期：2025年12月5日
"""

Z05 = """# 晾晒工序管理系统软件许可及定制开发合同（标准文本 V3.0）

**合同编号**：JS-RJ-2025-088

**甲方（用户方）**：沂蒙龙须粉丝食品有限公司
地址：临沂市沂南县工业园区粉丝路16号

**乙方（服务方）**：济南晟禾工业软件有限公司
地址：济南市历城区工业北路328号

本合同为乙方标准合同文本。甲方拟对粉丝生产中的晾晒工序（挂杆、晾晒、翻晒、收粉、称重入库）进行信息化管理，向乙方购买“晟禾晾晒工序管理系统”软件许可并委托乙方进行定制开发。双方经协商一致，签订本合同。

## 第一条 合同内容

1.1 乙方向甲方提供晟禾晾晒工序管理系统标准版软件许可（含晾晒场管理、温湿度监测、批次追溯、报表模块），许可方式为永久许可，限甲方厂区内使用。

1.2 乙方根据甲方需求进行定制开发，包括：晾架排程功能、与甲方地磅称重系统的对接、与甲方现有ERP的出入库接口、车间看板。

1.3 乙方负责系统安装、配置、初始化数据录入及使用培训。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 晾晒工序管理系统标准版软件许可 | 300,000 |
| 2 | 温湿度监测模块软件许可 | 60,000 |
| | 软件许可小计 | 360,000 |
| 3 | 定制开发（晾架排程、称重对接、ERP接口、车间看板） | 150,000 |
| 4 | 安装实施及培训 | 30,000 |
| | 合同总价 | 540,000 |

合同总价含税。温湿度传感器、看板显示屏等硬件由甲方自行采购，不在本合同范围内。

## 第三条 付款方式

3.1 本合同签订后五日内，甲方向乙方支付合同总价的65%，即351,000元，乙方收款后开始实施。

3.2 系统上线运行后五日内，甲方支付合同总价的35%，即189,000元。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的万分之六向乙方支付违约金，乙方有权暂停实施或暂停服务。

## 第四条 实施与上线

4.1 乙方在收到首期款后六十日内完成系统安装和定制开发，具体进度以双方确认的实施计划为准。因甲方原因（包括场地、网络、数据准备不到位）导致延误的，工期相应顺延。

4.2 系统安装完成并在甲方晾晒车间上线运行后，即视为甲方验收合格。甲方不得以其他理由拒绝或拖延验收。

4.3 甲方应指定项目联系人，提供晾晒场平面图、晾架编号、品种工艺参数、地磅及ERP接口资料，并及时确认乙方提交的需求说明和实施计划。

## 第五条 免费维护

5.1 系统上线之日起六个月内为免费维护期，乙方提供远程技术支持及软件缺陷修复。

5.2 免费维护期内，一级故障（系统无法使用或称重数据无法上传）乙方在8小时内响应，二级故障在2个工作日内响应。现场服务需另行约定，差旅费由甲方承担。

5.3 乙方将尽力在合理时间内排除故障，但不对故障处理时间作出保证，亦不因响应或处理超时承担扣款、赔偿或违约金。

## 第六条 年度维护服务

6.1 免费维护期满后，甲方应购买乙方年度维护服务，年度维护费为软件许可费的28%，即每服务年度100,800元，于每个服务年度开始前支付。

6.2 年度维护服务包括远程支持、缺陷修复、小版本升级。功能新增及二次开发另行收费。

6.3 年度维护服务期间，乙方故障响应时间按第5.2条执行，现场服务按次收费，每人每日收费按乙方当年服务价格执行，差旅费由甲方承担。

6.4 甲方未购买年度维护服务的，乙方不再提供任何技术支持及缺陷修复；甲方此后重新购买的，应补缴中断期间的维护费。

## 第七条 知识产权

7.1 本系统及乙方为甲方定制开发的全部功能、程序、源代码及相关文档的知识产权均归乙方所有。

7.2 甲方在本合同约定的范围内享有非独占的使用权，不得对系统进行修改、反向工程，不得许可或提供给第三方使用。乙方有权将定制开发成果用于其他客户。

## 第八条 数据

8.1 甲方在系统中产生的生产数据归甲方所有。

8.2 乙方应采取必要的技术和管理措施保障甲方数据安全，远程维护须经甲方同意；因乙方原因造成甲方数据泄露或丢失的，乙方应及时通知甲方并承担相应的赔偿责任。

8.3 甲方同意，乙方可将甲方生产数据经脱敏处理后用于乙方产品改进、工艺模型训练及行业分析，该使用不受合同期限限制。

## 第九条 保密

双方对在合作过程中获知的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内有效。

## 第十条 违约责任

10.1 任何一方违反本合同约定的，应承担相应的违约责任。

10.2 乙方不对甲方的间接损失、利润损失及停产损失承担责任。

10.3 因甲方提供资料不准确、网络或硬件环境不符合要求导致系统无法正常运行的，乙方不承担责任。

## 第十一条 培训与文档

11.1 乙方为甲方晾晒车间班组长、质检员及仓库人员提供现场培训两次，每次不少于半日。

11.2 乙方交付系统操作手册和管理员手册电子版各一份。源代码不属于交付范围。

## 第十二条 甲方义务

12.1 甲方应提供满足系统运行要求的服务器、网络及终端设备，并负责日常数据录入的准确性；服务器配置以乙方提供的配置建议书为准。

12.2 甲方应按时支付合同款项。甲方未按时付款的，乙方有权暂停实施、暂停维护服务或停止授权，由此造成的损失由甲方承担。

12.3 甲方对系统的使用应符合乙方的使用说明，因甲方擅自修改配置或操作不当造成的故障不属于免费维护范围，乙方可按实际工作量另行收费。

## 第十三条 不可抗力

因不可抗力、停电、网络中断、病毒攻击等非乙方所能控制的原因导致系统无法正常运行的，乙方不承担责任。

## 第十四条 合同解除

一方严重违约，经对方书面通知后三十日内未纠正的，对方有权解除本合同。

## 第十五条 争议解决

因本合同产生的争议，双方协商解决；协商不成的，向乙方所在地人民法院提起诉讼。

## 第十六条 其他

16.1 本合同自双方签字盖章且乙方收到首期款之日起生效。本合同的变更须经双方书面确认。

16.2 本合同一式两份，双方各执一份。

16.3 本合同附件包括：附件一 功能清单；附件二 定制开发需求说明；附件三 实施计划。附件内容与本合同正文不一致的，以本合同正文为准。

甲方（盖章）：沂蒙龙须粉丝食品有限公司　　代表：__________

乙方（盖章）：济南晟禾工业软件有限公司　　代表：__________

签订日期：____年__月__日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. MTS-CN-2025-14
P:This Agreement is made between Ningbo Hengmu Furniture Manufacturing Co., Ltd., a company organised under the laws of the People's Republic of China, with its registered address at 58 Jiangnan Road, Beilun District, Ningbo ("Customer"), and Medtrix Planning Systems Ltd., a company registered in Malta, with its registered office at Triq il-Kbira, Mosta MST 1012, Malta ("Vendor").
P:Background: Customer manufactures panel and upholstered furniture in two plants in Ningbo. Customer wishes to acquire perpetual licences of Vendor's advanced planning and scheduling software "Medtrix APS" and to engage Vendor to implement it and connect it to Customer's ERP and shop-floor systems. Vendor has agreed to do so on the terms below. At Customer's request all prices are stated and paid in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Licensed Software" means Medtrix APS version 9, the modules listed in Article 2 and any updates delivered under this Agreement.
P:1.2 "Custom Deliverables" means the ERP interface, the shop-floor data connector, the plant-specific scheduling rules, the report templates and all other work product that Vendor creates specifically for Customer, including source code and documentation.
P:1.3 "Customer Data" means all data that Customer or its users enter into, or that is generated by, the Licensed Software in Customer's environment, including orders, bills of materials, routings and capacity data.
P:1.4 "Final Acceptance" means the date on which Customer signs the Final Acceptance Certificate under Article 6.
H:Article 2 Licence
P:2.1 Vendor grants Customer a perpetual, non-exclusive, non-transferable licence to install and use the Licensed Software for Customer's internal business at its plants in China, for 40 named planners and 160 shop-floor users.
P:2.2 The licence includes the modules Master Planning, Detailed Scheduling, Material Synchronisation and Capacity Analytics. Customer may make backup copies and may install a test environment at no extra charge.
P:2.3 The Licensed Software remains the property of Vendor. Nothing in this Article restricts Customer's rights in the Custom Deliverables under Article 9.
H:Article 3 Services
P:3.1 Vendor shall install the Licensed Software on Customer's servers in Ningbo, configure it for both plants, develop the Custom Deliverables, migrate the open orders and master data, and train Customer's key users and administrators.
P:3.2 Vendor shall appoint a project manager who is available on site during installation, user acceptance testing and go-live. Vendor shall not replace the project manager without Customer's consent, which Customer will not unreasonably withhold.
P:3.3 The project plan attached as Annex 2 sets out the milestones. Delivery of the Licensed Software shall take place within 20 days after signature; go-live shall take place within 120 days after signature.
H:Article 4 Prices
P:4.1 The total Contract Price is CNY 1,546,000, inclusive of applicable taxes in China, made up as follows: Licence Fee for the Licensed Software CNY 1,120,000; implementation and Custom Deliverables CNY 380,000; training CNY 46,000.
P:4.2 The prices are fixed. Travel and accommodation of Vendor's staff in China are included.
H:Article 5 Payment
P:5.1 Customer shall pay 20% of the Contract Price (CNY 309,200) within 15 days after signature of this Agreement against Vendor's invoice.
P:5.2 Customer shall pay 45% of the Contract Price (CNY 695,700) within 15 days after delivery and installation of the Licensed Software in Customer's test and production environments. Installation is not acceptance.
P:5.3 Customer shall pay the remaining 35% of the Contract Price (CNY 541,100) within 15 days after Final Acceptance.
P:5.4 Payments are made by bank transfer in CNY to the account named in Vendor's invoice.
H:Article 6 Acceptance
P:6.1 After go-live, the system shall run in production for 30 days. Final Acceptance requires that: (a) all test cases in the acceptance test plan in Annex 3 are passed; (b) a full weekly plan for both plants is calculated in not more than 10 minutes; (c) the ERP interface transfers orders and confirmations for 20 consecutive working days without error; and (d) no Severity 1 incident occurs in the last 20 days of the run.
P:6.2 If a criterion is not met, Vendor shall correct the defect and the relevant tests shall be repeated. Use of the system in production before Final Acceptance does not mean that Customer has accepted it.
H:Article 7 Warranty and Support
P:7.1 Vendor warrants that the Licensed Software and the Custom Deliverables will perform in accordance with the documentation and the specifications for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period Vendor shall correct all defects and provide updates and support free of charge.
P:7.2 Support is provided by telephone, e-mail and remote access in Chinese and English. For a Severity 1 incident (planning or scheduling cannot be run for a plant) Vendor shall respond within 1 hour and provide a workaround within 8 hours. For Severity 2 incidents Vendor shall respond within 2 business hours.
P:7.3 If Vendor misses a response time for a Severity 1 incident, Vendor shall grant Customer a credit of CNY 800 for every hour or part of an hour of delay, deducted from the next payment or support invoice.
P:7.4 After the Warranty Period, Customer may order annual support. The annual support fee is 9% of the Licence Fee, being CNY 100,800 per year, and Vendor shall not increase it during the first three support years after the Warranty Period. Support is ordered by Customer's purchase order each year and does not renew automatically.
H:Article 8 Delay
P:8.1 If Vendor fails to achieve go-live by the date in Article 3.3 for reasons attributable to Vendor, Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay.
P:8.2 Liquidated damages do not relieve Vendor of its obligation to complete the work.
H:Article 9 Intellectual Property
P:9.1 All intellectual property rights in the Custom Deliverables vest in Customer upon creation. Vendor shall deliver their source code and documentation not later than Final Acceptance.
P:9.2 Customer may use, modify, and license the Custom Deliverables freely and may let third parties maintain them. Vendor keeps its rights in the Licensed Software and in its general know-how.
H:Article 10 Customer Data and Security
P:10.1 Customer Data belongs to Customer. Vendor may access and use Customer Data only to perform this Agreement and for no other purpose.
P:10.2 Vendor's remote access requires Customer's approval for each session and takes place through Customer's VPN with individual accounts. Vendor shall not copy Customer Data to its own systems, and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:10.3 Vendor shall notify Customer within 12 hours of becoming aware of any unauthorised access to or loss of Customer Data, shall help Customer contain it, and is responsible for the losses caused by its breach of this Article.
H:Article 11 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party under this Agreement, use it only for this Agreement and not disclose it to third parties without the other party's prior written consent. This obligation survives the end of this Agreement for three years.
H:Article 12 Liability
P:Each party's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to personal injury, wilful misconduct, or breach of Articles 10 and 11.
H:Article 13 Subcontracting
P:Vendor shall not subcontract any part of the services without Customer's prior written consent. Vendor remains responsible for approved subcontractors.
H:Article 14 Termination
P:14.1 Customer may terminate this Agreement by written notice if Vendor commits a material breach and does not cure it within 30 days after receiving notice, or if the delay under Article 8 exceeds 60 days.
P:14.2 On termination for Vendor's breach, Vendor shall refund the amounts paid for work that is not accepted, and shall hand over all Custom Deliverables completed so far.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of Malta.
P:15.2 Any dispute arising out of this Agreement shall be finally settled by arbitration under the Arbitration Rules of the Malta Arbitration Centre. The seat of arbitration is Valletta, and the language is English.
H:Article 16 General
P:16.1 This Agreement, with Annex 1 (Functional Specification), Annex 2 (Project Plan) and Annex 3 (Acceptance Test Plan), is the entire agreement of the parties on its subject.
P:16.2 Amendments must be in writing and signed by both parties. Notices are given in writing to the addresses above.
P:16.3 Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party promptly and does its best to limit the effect. The time for performance is extended by the period of the delay.
P:16.4 Vendor shall comply with the anti-bribery laws applicable to it and shall not offer any payment or gift to Customer's employees.
P:16.5 This Agreement is signed in two originals in English, one for each party.
P:For Customer: Ningbo Hengmu Furniture Manufacturing Co., Ltd.   Name: ____________   Date: ____________
P:For Vendor: Medtrix Planning Systems Ltd.   Name: ____________   Date: ____________
"""

E02 = """# ORDER FORM No. LX-2025-0917

**Provider:** Learnix Cloud Ltd., 27 Archbishop Makarios III Avenue, 3030 Limassol, Cyprus

**Customer:** Guangzhou Yuehai Hotel Management Co., Ltd., 88 Tianhe Road, Tianhe District, Guangzhou, People's Republic of China

This Order Form is entered into under, and incorporates, the Learnix General Terms set out below. If the Order Form and the General Terms conflict, the Order Form prevails.

## 1. Subscription

| Item | Detail |
|---|---|
| Service | Learnix LMS, Enterprise edition (online courses, assessments, certification tracking, mobile app) |
| Users | up to 3,800 named employee accounts across 46 hotels |
| Subscription Term | three Subscription Years, from 1 November 2025 to 31 October 2028 |
| Hosting | Provider's cloud region in mainland China (Shanghai) |
| Integrations | single sign-on with Customer's HR system; nightly import of staff records |

## 2. Fees

| Period | Fee (CNY, tax included) |
|---|---|
| Subscription Year 1 (1 Nov 2025 to 31 Oct 2026) | 236,000 |
| Subscription Year 2 (1 Nov 2026 to 31 Oct 2027) | 236,000 |
| Subscription Year 3 (1 Nov 2027 to 31 Oct 2028) | 236,000 |
| Total Fees | 708,000 |

Prices are quoted and invoiced in CNY at the Customer's request. There is no set-up or onboarding fee: tenant set-up, the SSO connection and the staff-record import are included in the subscription fee. Additional users may be added at CNY 62 per user per Subscription Year, pro rata; additional users are not part of the Total Fees.

## 3. Invoicing and Payment

3.1 Provider invoices the fee for each Subscription Year on the first day of that Subscription Year. Customer pays each invoice within 30 days of receipt by bank transfer.

3.2 Customer pays no amount before the Subscription Term begins.

3.3 Each invoice shall be a valid tax invoice accepted in China and shall state the Order Form number and the Subscription Year to which it relates. Customer may withhold a disputed amount in good faith while the parties resolve the dispute.

## 4. Provisioning and Service Acceptance

4.1 Provider shall provision the Customer tenant, configure SSO and complete the first staff-record import by the first day of the Subscription Term.

4.2 Service Acceptance takes place when Customer confirms in writing that: (a) 3,800 staff records have been imported and checked against the HR system export; (b) SSO log-in works for test users from each hotel; (c) the ten standard courses supplied by Customer have been published and completed by test users on web and mobile; and (d) certification reports match the test results.

4.3 If Provider does not complete provisioning by the first day of the Subscription Term for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay until Service Acceptance.

## 5. Renewal

The Subscription ends at the end of the Subscription Term. Any renewal requires a new Order Form signed by both parties.

Signed for Provider: ____________ (name, title, date)

Signed for Customer: ____________ (name, title, date)

# LEARNIX GENERAL TERMS

## 1. Service

1.1 Provider shall make the Service available to Customer's authorised users during the Subscription Term in accordance with the Order Form and the documentation.

1.2 Provider may improve the Service from time to time, provided that it does not materially reduce its functionality. Provider will announce major changes at least 30 days in advance.

## 2. Service Levels

2.1 Provider shall make the Service available at least 99.95% of each calendar month, excluding scheduled maintenance announced five days in advance and carried out between 01:00 and 05:00 China Standard Time.

2.2 Severity 1 (the Service is unavailable, or no user can log in): Provider responds within 30 minutes, 24 hours a day, and restores service within 3 hours. Severity 2 (a major function is impaired): response within 2 hours. Severity 3: response within one business day.

2.3 If monthly availability is below the level in 2.1, Provider grants Customer a service credit of 5% of the monthly equivalent of the annual fee for each started 0.1 percentage point of shortfall, up to half of that monthly amount. For each Severity 1 incident not responded to in time, Provider grants a credit of CNY 1,000. Credits are set off against the next invoice or refunded at the end of the Subscription Term.

## 3. Customer Data

3.1 All data that Customer or its users upload to or generate in the Service, including staff records, course content, results and certificates ("Customer Data"), belongs to Customer. Provider processes Customer Data only to provide the Service to Customer and for no other purpose.

3.2 Provider stores Customer Data in mainland China, encrypts it in transit and at rest, limits access to authorised personnel with multi-factor authentication, keeps access logs, and maintains ISO/IEC 27001 certification and a level-3 MLPS filing for the Service.

3.3 Provider shall notify Customer within 24 hours after becoming aware of a security incident affecting Customer Data, take reasonable steps to contain it, and is liable for the losses caused to Customer by a breach of this Section 3.

3.4 On expiry or termination Provider shall make Customer Data available for export in a standard format for 60 days and then delete it, and confirm the deletion in writing.

## 4. Confidentiality

Each party shall keep confidential all non-public information of the other party that it receives in connection with the Agreement, shall use it only for the Agreement and shall not disclose it to third parties except to its employees and advisers who need to know it and are bound by similar duties. This Section survives for three years after the end of the Agreement.

## 5. Intellectual Property

5.1 Provider owns the Service and the standard platform, including all improvements.

5.2 Course templates, custom reports and the HR interface mapping that Provider prepares specifically for Customer belong to Customer. Customer may use, modify and license them freely, including to its hotels and to other service providers.

## 6. Subcontractors and Sub-processors

Provider may use subcontractors and sub-processors, including its affiliates, hosting providers and support partners, to perform the Service. Provider will inform Customer by e-mail of any new subcontractor or sub-processor before it starts work. Provider remains responsible for their performance.

## 7. Limitation of Liability

7.1 Neither party is liable for indirect or consequential loss, or for loss of profit.

7.2 Provider's total aggregate liability arising out of or in connection with the Agreement is limited to the fees paid by Customer in the six months immediately preceding the event giving rise to the claim.

7.3 The limits in this Section do not apply to personal injury caused by negligence, fraud or wilful misconduct.

## 8. Term and Termination

8.1 The Agreement runs for the Subscription Term stated in the Order Form.

8.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving written notice of it.

8.3 If Customer terminates for Provider's breach, Provider shall refund the prepaid fees for the remainder of the Subscription Year in which termination takes effect.

## 9. Warranties

Provider warrants that the Service will perform materially in accordance with the documentation and that it will not introduce malicious code into the Service. Provider shall remedy any non-conformity reported by Customer without additional charge.

## 10. Governing Law and Disputes

10.1 The Agreement is governed by the laws of the People's Republic of China.

10.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time. The arbitral award is final and binding on both parties.

## 11. General

11.1 Neither party may assign the Agreement without the prior written consent of the other party.

11.2 Notices are given in writing by e-mail to the contacts named in the Order Form, with a copy by courier for notices of breach or termination.

11.3 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect.

11.4 Provider shall provide Customer's administrators with online training before Service Acceptance and shall keep the user guides for administrators, managers and learners available in Chinese and English in the Service.

11.5 Each party shall comply with the anti-bribery and sanctions laws that apply to it in connection with the Agreement.

11.6 Customer's purchase orders are for its internal administration only; terms printed on them do not change the Agreement.

11.7 The Agreement is the entire agreement between the parties on its subject and may be changed only in writing signed by both parties.
"""

E03 = """T:PURCHASE CONTRACT FOR COLD-CHAIN MONITORING SENSORS
P:Contract No. ZJLL-PUR-2025-233
P:Buyer: Zhejiang Lanling Cold Chain Logistics Co., Ltd., 19 Gangwan Road, Jiaxing, Zhejiang Province, People's Republic of China.
P:Supplier: Titano Sensing S.r.l., Via Ventotto Luglio 212, 47893 Borgo Maggiore, Republic of San Marino.
P:The Buyer operates four cold stores and a fleet of refrigerated trucks and needs continuous temperature and humidity monitoring for food-safety records. The Supplier has offered its wireless sensors, gateways and monitoring software. The parties agree as follows. All prices are in CNY.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and calibration kit listed in clause 2.
P:1.2 "Software" means the Titano Monitor server software licensed under clause 2, including the alarm module and the audit-trail module.
P:1.3 "Site" means the Buyer's cold stores in Jiaxing, Pinghu, Haining and Tongxiang.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under clause 5.3.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, calibrate and commission the Equipment and the Software at the Site and train the Buyer's staff. The price schedule is:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature / humidity sensor TS-40|420|1,150|483,000
TB:2|LoRa gateway with 4G backup|36|6,800|244,800
TB:3|Titano Monitor software, perpetual licence, 500 sensors|1|168,000|168,000
TB:4|Calibration kit and reference probes|1|36,200|36,200
TB:|Hardware and Licence Subtotal|||932,000
TB:5|Installation and commissioning|1|74,000|74,000
TB:6|Calibration certificates and training|1|22,000|22,000
TB:|Contract Price|||1,028,000
P:2.2 The Contract Price is fixed and includes delivery DDP to the Site, import duties, taxes, installation, calibration and training.
H:3. Delivery and Installation
P:3.1 Before delivery the Supplier shall survey each cold store and the truck yard with the Buyer's facility team, propose sensor positions according to the Buyer's temperature-mapping report, and obtain the Buyer's written approval of the layout.
P:3.2 The Supplier shall deliver the Equipment to the Site within 60 days after signature and complete installation and commissioning within 90 days after signature.
P:3.3 The Supplier's engineers shall comply with the Buyer's site rules on food safety, cold-room work and working hours.
P:3.4 The Supplier shall mount sensors and gateways so that they do not obstruct racking, forklifts or door seals, and shall use food-grade fixings in areas with open product. Cables, antennas and power supplies shall be labelled.
P:3.5 Deliveries shall be announced three business days in advance and made between 08:00 and 17:00 on business days. Risk passes to the Buyer on delivery; title passes on payment of the instalment under clause 4.2.
P:3.6 On completion of installation the parties sign an Installation Certificate. The Installation Certificate is not acceptance.
H:4. Payment
P:4.1 No advance payment is made.
P:4.2 The Buyer pays 65% of the Contract Price (CNY 668,200) within 30 days after the Installation Certificate.
P:4.3 The Buyer pays 35% of the Contract Price (CNY 359,800) within 30 days after Final Acceptance.
P:4.4 Each payment is made by bank transfer in CNY against a valid VAT invoice issued by the Supplier or its authorised importer in China. The Buyer may deduct delay damages and unpaid credits from any payment.
H:5. Acceptance
P:5.1 After installation the system runs for 30 days under normal operation.
P:5.2 Acceptance criteria: (a) every sensor reads within ±0.3 °C of a calibrated reference probe at -18 °C and +4 °C; (b) at least 99 readings out of 100 expected are received on time at each store during the run; (c) alarms reach the duty phone within 60 seconds in a simulated door-open test; (d) the audit trail records all changes to limits and users; (e) calibration certificates for all sensors are delivered.
P:5.3 If all criteria are met, the Buyer signs a Final Acceptance certificate. Otherwise the Supplier corrects the defects and the tests are repeated at its cost.
P:5.4 The tests are carried out by the Buyer's quality manager and the Supplier's engineer together, following the test plan that the Supplier submits with the layout under clause 3.1. The results of each test, with the readings and the names of the persons who carried it out, are recorded in a test report signed by both parties. Use of the system for food-safety records during the run does not mean that the Buyer has accepted it.
H:6. Warranty and Support
P:6.1 The Supplier warrants that the Equipment is new, unused and of the model and specification stated in its offer, and that the Software performs in accordance with its documentation.
P:6.2 The warranty period is 36 months from Final Acceptance. During it the Supplier repairs or replaces defective Equipment free of charge, including freight, and corrects Software defects.
P:6.3 Severity 1 (a store or truck group without monitoring, or the server down): response within 30 minutes by telephone or remote access, engineer on site within 24 hours if needed. Severity 2: response within 2 business hours.
P:6.4 For each hour by which the Supplier misses a Severity 1 response time, the Supplier pays the Buyer CNY 600.
P:6.5 After the warranty, the Supplier shall offer annual support at 6% of the Hardware and Licence Subtotal, being CNY 55,920 per year, fixed for the first three support years. Support is ordered by the Buyer's purchase order and does not renew automatically.
H:7. Delay
P:If the Supplier fails to complete installation by the date in clause 3.2, the Supplier pays liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:8. Intellectual Property
P:8.1 The Software remains the Supplier's property and is licensed to the Buyer perpetually.
P:8.2 The sensor layout, alarm configurations and the interface to the Buyer's warehouse management system written for the Buyer belong to the Buyer, which may use, modify and license them freely. Source code of the interface is delivered at Final Acceptance.
H:9. Data Security
P:9.1 All temperature records, alarm logs and other data collected by the system belong to the Buyer and are used by the Supplier only to perform this Contract.
P:9.2 The Software runs on the Buyer's servers. The Supplier's remote access requires the Buyer's approval for each session, uses individual accounts and is logged. The Supplier shall not copy data outside the Buyer's systems.
P:9.3 The Supplier shall notify the Buyer within 12 hours of any unauthorised access or loss of data caused by it, help to restore it, and is liable for the resulting losses.
H:10. Confidentiality
P:Each party shall keep confidential the other party's non-public information received under this Contract and not disclose it to a third party without prior written consent. This clause survives termination.
H:11. Liability
P:The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 9 and 10, which are not limited.
H:12. Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for any approved subcontractor.
H:13. Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the delay damages under clause 7 reach their maximum.
H:14. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Jiaxing Arbitration Commission for arbitration in Jiaxing.
H:15. General
P:15.1 The Supplier shall train the Buyer's quality staff, store supervisors and IT administrators in two sessions at the Site, covering alarm handling, calibration checks, report export for food-safety inspections and user administration, and shall give each participant a short written test.
P:15.2 The Supplier shall deliver user manuals, installation drawings and calibration certificates in Chinese and English.
P:15.3 Neither party is liable for delay caused by force majeure, such as natural disasters, epidemics or government action, provided that it notifies the other party within five days and does its best to limit the effect. The time for performance is extended accordingly.
P:15.4 The Supplier shall keep product liability insurance for the Equipment during the warranty period and shall provide the certificate on request.
P:15.5 The Supplier shall comply with Chinese rules on radio equipment and shall provide the type approval for the sensors and gateways before delivery.
P:15.6 Amendments to this Contract must be in writing and signed by both parties. Notices are sent to the addresses above.
P:15.7 This Contract is signed in four originals, two for each party, and takes effect on signature.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed Digital Signage Service Agreement

Agreement No. AV-2025-CN-031

**Customer:** Xiamen Haiyue Supermarket Chain Co., Ltd., 66 Hubin South Road, Siming District, Xiamen, People's Republic of China

**Provider:** Alpenvue Media Services AG, Landstrasse 41, 9494 Schaan, Principality of Liechtenstein

**Background.** Customer operates 28 supermarkets in Fujian. It wishes to have the in-store digital screens (price boards, promotion screens and queue displays) installed, operated and maintained as a managed service. Provider offers this service through its content-management platform and local field technicians. All charges are in CNY.

## Section 1 Definitions

1.1 "Services" means the managed signage service described in Schedule 1.

1.2 "Screens" means the 140 display units and media players listed in Schedule 1, which Provider supplies and keeps as its property during the Term.

1.3 "Customer Content" means all price data, promotions, images, videos and schedules supplied by Customer, and the playback logs generated by the Screens.

1.4 "Service Commencement Date" means the date on which Customer signs the Service Acceptance certificate under Section 4.

1.5 "Term" means 36 months from the Service Commencement Date.

## Section 2 Services

2.1 Provider shall install the Screens in the 28 stores, connect them to its content-management platform, publish Customer Content according to Customer's schedules, monitor the Screens remotely and repair or replace faulty Screens.

2.2 Customer's marketing team uses the platform to upload and schedule content. Provider publishes urgent price changes on Customer's request.

2.3 Provider shall keep a service desk that Customer's store staff can reach by telephone and through a messaging group from 07:00 to 23:00 every day, in Chinese. Each call is logged with a ticket number, and the ticket history is available to Customer's marketing team on the platform. Outside those hours Provider monitors the Screens remotely and calls the store contact when a Priority 1 incident is detected.

2.4 Provider shall provide a monthly service report covering availability, incidents and content changes.

2.5 Provider shall keep a stock of spare Screens and media players in Xiamen sufficient to replace at least five units at any time, and shall replace a faulty unit rather than repair it on site when the repair would exceed the restoration time in Schedule 3.

2.6 Provider shall carry out a preventive maintenance visit to each store every quarter, clean the Screens, check fixings, cables and power supplies, and record the visit in the monthly report.

2.7 Customer shall provide power sockets and network connection points at the agreed positions, give Provider's technicians access to the stores during opening hours and, for work at height, outside opening hours, and nominate a contact in each store.

## Section 3 Charges and Payment

3.1 The charges are set out in Schedule 2. The Total Contract Value is CNY 1,990,000.

3.2 The onboarding charge is invoiced after Service Acceptance. The monthly service charge is invoiced quarterly in arrears.

3.3 Customer pays each invoice within 30 days of receipt. No amount is payable before Service Acceptance.

## Section 4 Rollout and Service Acceptance

4.1 Provider shall complete installation in all 28 stores within 75 days after signature.

4.2 Service Acceptance requires that: (a) all 140 Screens are installed and registered on the platform; (b) a test price change reaches all price boards within 5 minutes; (c) each store has run 10 days without a Priority 1 incident; and (d) Customer's staff have been trained.

4.3 Provider shall agree a rollout plan with Customer within 10 days after signature, listing the stores in order and the dates of installation. Installation in a store shall take place at night or in the early morning, so that the store can open as usual.

4.4 If Provider fails to complete the rollout by the date in 4.1 for reasons attributable to Provider, Provider shall pay CNY 2,000 for each day of delay.

## Section 5 Service Levels

5.1 Platform and Screen availability, measured monthly across all Screens, shall be at least 99.95%.

5.2 Response and restoration times are set out in Schedule 3. Service credits for missed levels are also set out in Schedule 3 and are deducted from the next invoice.

## Section 6 Customer Content

6.1 Customer Content remains the property of Customer. Provider uses it only to perform the Services and shall not use it for any other purpose.

6.2 At the end of the Term Provider returns Customer Content to Customer.

## Section 7 Confidentiality

Each party shall keep confidential the non-public information of the other party received under this Agreement, including prices, promotions and store plans before publication, and shall not disclose it to any third party without prior written consent. This Section survives the end of the Agreement for three years.

## Section 8 Intellectual Property

Provider owns its platform and software. Screen templates and layouts designed by Provider specifically for Customer belong to Customer, which may use, modify and license them freely.

## Section 9 Subcontracting

Provider may use local installation contractors only with Customer's prior written consent. Provider remains responsible for them.

## Section 10 Liability

10.1 Neither party is liable for indirect or consequential loss.

10.2 Provider's total liability under this Agreement is limited to the charges paid by Customer in the nine months preceding the event giving rise to the claim.

10.3 The limit does not apply to personal injury, damage to Customer's premises caused by Provider's staff, or wilful misconduct.

## Section 11 Term and Termination

11.1 The Agreement ends at the end of the Term. It does not renew automatically; any extension requires a written amendment.

11.2 Customer may terminate the Agreement by written notice if Provider commits a material breach and fails to remedy it within 30 days after notice, or if availability falls below the level in Section 5 in three consecutive months.

11.3 On termination or expiry Provider removes the Screens within 30 days and restores the premises.

11.4 During the last 60 days of the Term Provider shall cooperate with Customer and any new provider named by Customer, so that the stores do not lose price display. At Customer's request Provider shall leave the Screens in place for up to 60 days after the end of the Term at the monthly service charge, pro rata, until the new screens are installed. Provider shall hand over the store layouts, the content schedules and the Screen templates that belong to Customer under Section 8.

## Section 12 Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen.

## Section 13 General

13.1 Changes to the Agreement must be in writing and signed by both parties.

13.2 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly.

13.3 Provider's staff shall follow Customer's store rules, wear identification, and not disturb shoppers. Provider is responsible for the safety of its staff and for damage they cause in the stores.

13.4 Provider shall keep the Screens insured against loss and damage during the Term, since they remain Provider's property.

13.5 Provider shall ensure that the Screens, media players and power supplies hold the certificates required for sale and use in China, including CCC certification, and shall provide copies before installation.

13.6 Each party shall comply with the anti-bribery laws that apply to it. Provider shall not offer any gift or payment to Customer's staff.

13.7 Notices are given in writing to the addresses above or by e-mail to the contacts named in the rollout plan.

For Customer: ____________________     For Provider: ____________________

## Schedule 1 Service Scope

| Store type | Stores | Price boards | Promotion screens | Queue displays | Screens |
|---|---|---|---|---|---|
| Hypermarket | 8 | 6 each | 3 each | 1 each | 80 |
| Supermarket | 20 | 2 each | 1 each | none | 60 |
| Total | 28 | 88 | 44 | 8 | 140 |

## Schedule 2 Charges

| Charge | Amount (CNY) |
|---|---|
| Onboarding (installation, platform set-up, training), one-time | 118,000 |
| Monthly service charge | 52,000 per month |
| Monthly service charges over 36 months | 1,872,000 |
| Total Contract Value | 1,990,000 |

## Schedule 3 Service Levels and Credits

| Priority | Example | Response | Restoration | Credit if missed |
|---|---|---|---|---|
| Priority 1 | a store's price boards all dark, or platform down | 30 minutes | 6 hours | CNY 1,500 per hour late |
| Priority 2 | single Screen fault | 2 hours | next business day | CNY 200 per day late |
| Priority 3 | content or layout request | 1 business day | 3 business days | none |

Availability below 99.95% in a month: credit of 3% of the monthly service charge for each started 0.1 percentage point of shortfall.
"""

E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. PDX-CN-0412

BETWEEN

Portadata Analytics S.L.U., a company incorporated in the Principality of Andorra, with its office at Avinguda Meritxell 96, AD500 Andorra la Vella, Andorra ("Provider"); and

Ningbo Haitong International Freight Forwarding Co., Ltd., a company incorporated in the People's Republic of China, with its office at 1 Ningdong Road, Yinzhou District, Ningbo ("Customer").

RECITALS

Provider operates a database of container freight rates, vessel schedules and port congestion indicators and makes it available through an application programming interface (the "API"). Customer, a freight forwarder, wishes to use the API in its quotation and booking systems. The fees are stated in CNY at the Customer's request.

1. DEFINITIONS

1.1 "Data" means the freight-rate, schedule and congestion data made available through the API.

1.2 "Customer Inputs" means the routes, shipment lists, queries and other information that Customer sends to the API, and the logs of Customer's use.

1.3 "Integration Deliverables" means the connector and the mapping tables that Provider develops for Customer's quotation and booking systems under clause 4.

1.4 "Subscription Year 1" means the period from 1 January 2026 to 31 December 2026, and "Subscription Year 2" means the period from 1 January 2027 to 31 December 2027.

2. SUBSCRIPTION

2.1 Provider grants Customer, for Subscription Year 1 and Subscription Year 2, a non-exclusive, non-transferable right to call the API and to use the Data in Customer's internal quotation, booking and reporting systems and in quotations given to Customer's own clients.

2.2 The subscription covers the Asia-Europe, Transpacific and Intra-Asia trade lanes, up to 400,000 API calls per month. Calls above that volume are charged at CNY 0.08 per call; such usage charges are not part of the Total Fees.

2.3 Customer shall not resell the Data as a data product or make it available to third parties in bulk.

2.4 Customer may show the Data to its own clients in quotations, booking confirmations and shipment reports, and may keep Data received during the subscription in its records for audit and dispute purposes after the end of this Agreement.

2.5 Provider shall give Customer access to the API documentation, a developer portal and a test environment, and shall inform Customer by e-mail at least 60 days before it withdraws an API version.

3. FEES AND PAYMENT

3.1 The fees are:

Subscription Year 1 fee: CNY 168,000
Subscription Year 2 fee: CNY 168,000
Integration Deliverables (one-time): CNY 24,000
Total Fees: CNY 360,000

3.2 Provider invoices each Subscription Year fee on the first day of that Subscription Year; Customer pays within 30 days of receipt. Provider invoices the one-time integration fee after Integration Acceptance; Customer pays within 30 days of receipt.

3.3 Fees include all taxes payable in China. Payments are made in CNY by bank transfer.

3.4 Provider reports monthly usage through the developer portal. Usage charges for calls above the included volume are invoiced quarterly in arrears. Customer may set a monthly call limit in the portal, in which case calls above the limit are refused and not charged.

4. ONBOARDING AND INTEGRATION ACCEPTANCE

4.1 Provider shall issue API keys and a test environment by 1 December 2025 and deliver the Integration Deliverables by 20 December 2025.

4.2 Integration Acceptance requires that: (a) quotations for 50 sample routes agreed with Customer are produced from the API through the connector with correct rates and validity dates; (b) vessel schedules for the ten main ports are refreshed in Customer's booking system at least every 30 minutes for 5 consecutive business days; and (c) the connector logs errors and retries as described in the specification. Customer confirms Integration Acceptance in writing.

4.3 Provider shall assign a technical contact to Customer's IT team during onboarding, answer integration questions, and review Customer's use of the connector before production start, so that Customer's quotation and booking systems call the API efficiently and stay within the included volume. The review results are recorded in a short onboarding report.

4.4 If Provider has not provided production access and the Integration Deliverables by 1 January 2026 for reasons attributable to Provider, Provider shall pay Customer CNY 300 for each day of delay until Integration Acceptance.

5. SERVICE AND SUPPORT

5.1 Provider will use commercially reasonable efforts to keep the API available and the Data up to date. Provider does not commit to any particular availability level or update frequency.

5.2 Support is provided by e-mail in English and Chinese during Provider's business hours. Provider will handle support requests as soon as practicable, without a fixed response or resolution time.

5.3 Provider may carry out maintenance at any time and will try to announce planned maintenance on its status page.

5.4 Provider publishes the times at which each data set is usually refreshed in the API documentation. These times are for information only. If Customer reports that Data is missing or wrong, Provider will check it with its sources and correct it when it is able to do so, and will tell Customer when the correction is made. Customer remains responsible for checking the rates it quotes to its own clients.

6. CUSTOMER INPUTS AND DATA SECURITY

6.1 Customer Inputs remain the property of Customer.

6.2 Customer grants Provider a perpetual, worldwide licence to use Customer Inputs, in aggregated and anonymised form, to improve Provider's databases and to create rate indices and market reports that Provider sells to other customers. This licence survives the end of this Agreement.

6.3 Provider shall keep Customer Inputs in a secure environment with encryption in transit and at rest, role-based access and logging, and shall comply with applicable data-protection and data-export laws, including the Personal Information Protection Law of the People's Republic of China for any personal information.

6.4 Provider shall notify Customer within 24 hours after becoming aware of unauthorised access to Customer Inputs, cooperate in the response, and is liable for the losses caused to Customer by its breach of this clause 6.

7. INTELLECTUAL PROPERTY

7.1 Provider owns the Data, the API and its databases.

7.2 The Integration Deliverables belong to Customer upon payment. Customer may use, modify and license them freely and may have them maintained by third parties. Provider delivers their source code at Integration Acceptance.

8. CONFIDENTIALITY

Each party shall keep confidential the other party's non-public information received under this Agreement, including Customer's shipment volumes and client names, and shall not disclose it to third parties without prior written consent, except as permitted by clause 6.2 in aggregated and anonymised form. This clause survives for three years after termination.

9. SUBCONTRACTING

Provider shall not subcontract the Integration Deliverables or the support services without Customer's prior written consent. Provider remains responsible for approved subcontractors.

10. LIABILITY

10.1 Neither party is liable to the other for indirect or consequential loss or loss of profit.

10.2 Provider's total liability under this Agreement is limited to 150% of the Total Fees.

10.3 The limit does not apply to wilful misconduct or to breach of clause 6.3 or 6.4.

11. TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of Subscription Year 2. It does not renew automatically; a renewal requires a new written agreement.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

11.3 If Customer terminates for Provider's breach, Provider refunds the fees paid for the remainder of the current Subscription Year.

11.4 On expiry or termination Customer's access to the API ends. Provider shall, at Customer's request, return or delete the Customer Inputs it holds, except for the aggregated and anonymised data described in clause 6.2, and confirm this in writing within 30 days. Customer may keep and continue to use the Integration Deliverables.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing.

13. GENERAL

13.1 Neither party may assign this Agreement without the other party's prior written consent.

13.2 Notices are given in writing to the addresses above or by e-mail to the contacts named by the parties.

13.3 Neither party is liable for delay or failure caused by events beyond its reasonable control, including failures of public networks or of third-party data sources, provided it notifies the other party promptly.

13.4 Each party shall comply with the anti-bribery, sanctions and export-control laws that apply to it.

13.5 Amendments to this Agreement must be in writing and signed by both parties.

13.6 This Agreement is signed in English and Chinese; both versions have equal effect.

SIGNED for Provider: ____________________   Date: ____________

SIGNED for Customer: ____________________   Date: ____________
"""

# ---------------------------------------------------------------- files and labels
FILES = {
    "z01": ("h567z01_archives_digital_platform_licence.pdf", "zh", "software", Z01),
    "z02": ("h567z02_aluminium_extrusion_press_control_retrofit.docx", "zh", "hardware", Z02),
    "z03": ("h567z03_maternity_centre_chain_crm_saas.txt", "zh", "cloud", Z03),
    "z04": ("h567z04_bus_group_dispatch_system_annual_om.txt", "zh", "services", Z04),
    "z05": ("h567z05_vermicelli_drying_software_supplier_template.md", "zh", "software", Z05),
    "e01": ("h567e01_malta_aps_perpetual_licence_services.pdf", "en", "software", E01),
    "e02": ("h567e02_cyprus_lms_saas_order_form.md", "en", "cloud", E02),
    "e03": ("h567e03_san_marino_cold_chain_sensors.docx", "en", "hardware", E03),
    "e04": ("h567e04_liechtenstein_managed_digital_signage.md", "en", "services", E04),
    "e05": ("h567e05_andorra_freight_data_api_subscription.txt", "en", "cloud", E05),
}
G, S = "goods_or_licence", "service"
T = dict  # terms
BASE = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind=S)
# key: (terms changes, extra: sla_clause, ld_stated, capped (goods only), deemed, value, fee base for TCO)
DESIGN = {
    "z01": (T(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.08, prepayment_pct=20,
              final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=8, contract_kind=G),
            True, True, True, False, 2280000, 1260000),
    "z02": (T(p1_response_hours=1, ld_rate_per_day_pct=0.02, liability_cap_pct=60, prepayment_pct=20,
              final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=7,
              subcontract_without_consent=True, contract_kind=G),
            True, True, True, False, 1206000, 1062000),
    "z03": (T(availability_pct=99.5, p1_response_hours=0.5, ld_rate_per_day_pct=0.1, auto_renewal_price_increase=True),
            True, True, None, False, 887600, None),
    "z04": (T(availability_pct=99.95, p1_response_hours=0.25, confidentiality=False, ld_rate_per_day_pct=0.1,
              termination_for_breach=False, governing_law=None),
            True, True, None, False, 1368000, None),
    "z05": (T(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False, prepayment_pct=65,
              acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=28,
              subcontract_without_consent=None, governing_law=None, contract_kind=G),
            True, False, True, True, 540000, 360000),
    "e01": (T(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=20,
              final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=9, governing_law="Malta",
              contract_kind=G),
            True, True, True, False, 1546000, 1120000),
    "e02": (T(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=500 / 708000 * 100,
              liability_cap_pct=6 / 36 * 100, subcontract_without_consent=True),
            True, True, None, False, 708000, None),
    "e03": (T(p1_response_hours=0.5, ld_rate_per_day_pct=0.08, liability_cap_pct=200, final_payment_on_acceptance=True,
              warranty_months=36, post_warranty_fee_pct=6, contract_kind=G),
            True, True, True, False, 1028000, 932000),
    "e04": (T(availability_pct=99.95, p1_response_hours=0.5, data_security_clause=False,
              ld_rate_per_day_pct=2000 / 1990000 * 100, liability_cap_pct=9 / 36 * 100),
            True, True, None, False, 1990000, None),
    "e05": (T(sla_remedy=False, buyer_owns_data=False, ld_rate_per_day_pct=300 / 360000 * 100, liability_cap_pct=150),
            False, True, None, False, 360000, None),
}
# the set's design list (what each draft was written to trigger)
DESIGN_RULES = {
    "z01": [], "e03": [],
    "e01": ["CR-GOVERNING-LAW"],
    "z02": ["CR-LD-LOW", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-CONFIDENTIALITY", "CR-TERMINATION"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "e02": ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "e04": ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"],
    "e05": ["CR-DATA-OWNERSHIP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco(t, value, base):
    """policy §4: horizon 5 years from acceptance, warranty counted from acceptance, fee base = itemised subtotal."""
    years_after = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years_after * t["post_warranty_fee_pct"] / 100 * base
    return value + fees, fees / (value + fees) * 100


def rules_from_label(t, x, base):
    """My reading of policy.md §3 applied to a label (not project code)."""
    r = []
    goods = t["contract_kind"] == G
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.append("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.append("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.append("CR-GOVERNING-LAW")
    if goods and t["post_warranty_fee_pct"] is not None and x.get("post_warranty_fee_capped"):
        if tco(t, x["contract_value"], base)[1] > 40:
            r.append("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def label(key):
    name, lang, cat, _ = FILES[key]
    ch, sla, lds, capped, deemed, value, base = DESIGN[key]
    t = dict(BASE)
    t.update(ch)
    x = {"sla_clause": sla, "ld_stated": lds}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = capped
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = value
    rules = rules_from_label(t, x, base)
    assert rules == sorted(DESIGN_RULES[key]), (key, rules, DESIGN_RULES[key])
    return {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
            "expected_rules": rules}


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
NUM = r"(?<![\d.])"
PATTERNS = [
    NUM + r"99\.9(?![\d])", NUM + r"4\s*(?:小时|个小时|hours?\b|hrs?\b|h\b)", r"(?<![十\d])四\s*个?小时",
    r"(?<![-\w])four\s*hours", NUM + r"240\s*(?:分钟|minutes)", NUM + r"0?\.05\s*[%％]", r"万分之五(?![十\d])",
    NUM + r"100\s*[%％]", r"百分之百", r"one\s*hundred\s*per\s*cent",
    NUM + r"30\s*[%％]", r"百分之三十(?![一二三四五六七八九])", r"三成", r"thirty\s*per\s*cent",
    NUM + r"12\s*(?:个月|months?)", r"(?<![一二三四五六七八九十])十二\s*个月", r"twelve\s*months?", r"(?<![十第每])一年", r"\bone\s*year",
    r"twelve-month", NUM + r"12-month",
    NUM + r"15\s*[%％]", r"百分之十五", r"fifteen\s*per\s*cent",
    NUM + r"40\s*[%％]", r"百分之四十(?![一二三四五六七八九])", r"四成", r"forty\s*per\s*cent",
    NUM + r"5\s*(?:年|years?\b)", r"(?<![十\d])五\s*年", r"five\s*years?", NUM + r"60\s*months?", r"sixty\s*months?",
    r"five-year",
]
RX = [re.compile(p, re.I) for p in PATTERNS]


def hits(text):
    found = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in RX:
            found += [m.group(0) for m in rx.finditer(variant)]
    return found


def self_test():
    must_hit = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "four hours", "240分钟", "0.05%", "万分之五", "100%",
                "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月", "twelve months", "一年", "one year",
                "15%", "40%", "四成", "5年", "五年", "five years", "60 months", "12 months", "4 hours", "之一年"]
    must_miss = ["24小时", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "14 hours",
                 "24 hours", "0.005%", "140%", "1.5年", "十五年", "第一年度", "130%", "240,000", "25年", "Subscription Year",
                 "百分之三十五", "2 hours", "1.5%", "60 minutes", "1 hour", "每一年"]
    for s in must_hit:
        assert hits(s), ("should hit", s)
    for s in must_miss:
        assert not hits(s), ("should miss", s, hits(s))


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


def size(text, lang):
    return len(text) if lang == "zh" else len(text.split())


if __name__ == "__main__":
    sys.dont_write_bytecode = True
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    sources = {k: v[3] for k, v in FILES.items() if v[0].endswith((".docx", ".pdf"))}
    targets = {k: (v[0], v[0].rsplit(".", 1)[1]) for k, v in FILES.items() if k in sources}
    write(sources, targets, OUT, wrap_words=True)
    for k, (name, lang, cat, src) in FILES.items():
        if k not in sources:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    covered = set()
    problems = []
    for k, (name, lang, cat, src) in FILES.items():
        lab = label(k)
        covered |= set(lab["expected_rules"])
        t, x = lab["expected_terms"], lab["expected_extra"]
        # no label on a threshold
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
        assert t["post_warranty_fee_pct"] != 15
        if t["contract_kind"] == G:
            share = tco(t, x["contract_value"], DESIGN[k][6])[1]
            assert abs(share - 40) > 2, (k, share)
            print("  TCO", k, round(tco(t, x["contract_value"], DESIGN[k][6])[0], 2), round(share, 2))
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                             encoding="utf-8")
        back = read_back(OUT / name)
        for what, text in (("source", src), ("built", back)):
            h = hits(text)
            if h:
                problems.append((k, what, h))
        n = size(back, lang)
        ok = (2750 <= n <= 3000) if lang == "zh" else (1450 <= n <= 1650)
        print(f"{k} {name} {lang} size={n} {'ok' if ok else 'OUT OF RANGE'} rules={lab['expected_rules']} "
              f"risk={risk(lab['expected_rules'])}")
        if not ok:
            problems.append((k, "length", n))
    missing = set(ALL_RULES) - covered
    print("uncovered rules:", sorted(missing))
    print("problems:", problems)
    assert not missing and not problems
