"""Builds the .docx and .pdf contracts of holdout35 from the sources below (markup of ../word_pdf.py).

Run with /work/main/.venv/bin/python make_files.py. The .txt and .md contracts of this folder are written directly.
PDFs are broken into lines at word boundaries (wrap_words=True), as in holdout15 onwards.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H35Z01 = """
T:某省福利彩票发行中心开奖大厅视频及销售终端系统集成项目合同
P:合同编号：FC-ZB-2025-017
P:甲方（采购人）：某省福利彩票发行中心
P:乙方（供应商）：华瑞视讯系统集成有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件（招标编号：SZC-2025-0412）、乙方投标文件和中标通知书，甲乙双方经协商一致，就开奖大厅视频系统及福利彩票销售终端系统集成项目订立本合同。
H:第一条 项目内容
P:1.1 乙方负责开奖大厅4K演播视频系统、LED显示系统、开奖直播编码推流及录像存储系统的供货、安装、调试和集成，向甲方提供福利彩票销售终端800台及终端集中管理软件许可，并完成与甲方销售系统、开奖系统的对接。
P:1.2 乙方应按招标文件技术要求和本合同附件一《设备清单及技术参数》供货。设备应为全新原厂正品，随附合格证、原厂质保文件及软件许可证书。
P:1.3 交付期限：开奖大厅部分在合同签订后六十日内完成安装调试；销售终端在合同签订后九十日内分批送达甲方指定的各市级分中心并完成部署。
H:第二条 合同价款
P:2.1 本合同总价为人民币陆佰零柒万陆仟元整（¥6,076,000），为固定总价，包括设备、软件许可、运输、保险、安装调试、系统集成、培训、税费及质保期内服务等全部费用。分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|4K演播摄像机及镜头|6套|186,000|1,116,000
TB:2|导播切换台及字幕包装系统|1套|468,000|468,000
TB:3|LED小间距显示屏（P1.5，24平方米）|1套|552,000|552,000
TB:4|开奖直播编码推流及录像存储设备|1套|326,000|326,000
TB:5|福利彩票销售终端（一体机）|800台|3,650|2,920,000
TB:6|终端集中管理软件许可（800点）|1套|240,000|240,000
TB: |软硬件小计| | |5,622,000
TB:7|系统集成、安装调试|1项|418,000|418,000
TB:8|培训|1项|36,000|36,000
TB: |合计| | |6,076,000
P:2.2 除本合同另有约定外，甲方无需向乙方支付任何其他费用。
H:第三条 付款方式
P:3.1 合同签订后十个工作日内，甲方凭乙方开具的等额发票支付合同总价的百分之二十作为预付款，即¥1,215,200。
P:3.2 全部设备到货并经甲方签收后，甲方支付合同总价的百分之四十，即¥2,430,400。到货签收仅确认数量和外观，不代表质量验收。
P:3.3 项目最终验收合格后，甲方支付合同总价的百分之三十五，即¥2,126,600。
P:3.4 剩余百分之五即¥303,800作为质量保证金，于质保期满且乙方无未履行义务后十五个工作日内无息支付。
H:第四条 验收
P:4.1 初步验收：开奖大厅系统安装调试完毕后，由甲方组织初验，核对设备数量、型号和技术参数，并进行模拟开奖全流程演练。直播画面应达到4K分辨率，开奖直播端到端延时不超过3秒，录像完整并可回放。
P:4.2 最终验收：初验合格且全部销售终端部署完毕后进入试运行期，试运行期为三十日。试运行期内销售终端联网交易应全部正常，终端管理软件能够实现远程升级、参数下发和状态监控，且未发生一级故障。试运行结束后，甲方按招标文件技术要求、本合同附件一及前述标准组织最终验收，并出具书面验收报告。
P:4.3 设备到货、安装、试运行或甲方实际使用，均不视为验收合格。验收不合格的，乙方应在十五日内整改并承担费用，整改后重新验收。
H:第五条 质量保证与售后服务
P:5.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供维修、更换、软件升级和现场技术服务。
P:5.2 开奖直播系统及终端集中管理平台的年度可用率应不低于99.5%。可用率每低于约定值0.1个百分点，乙方应按人民币5,000元向甲方支付违约金，甲方可从质量保证金或应付款中扣除。
P:5.3 故障等级及响应时限如下：
TB:故障等级|情形|响应时间|到场时间|恢复时间
TB:一级|开奖直播中断、开奖录像丢失或销售系统整体无法交易|15分钟|1小时|3小时
TB:二级|单台摄像机或显示屏局部故障、单个市级分中心终端批量离线|30分钟|3小时|8小时
TB:三级|单台销售终端故障及其他一般问题|2小时|次日|48小时
P:5.4 乙方每超过上表响应时间或到场时间一小时，应按人民币2,000元向甲方支付违约金；一级故障影响当期开奖的，另按每次人民币20,000元支付违约金。
P:5.5 质保期满后，甲方如需乙方继续提供维保服务，年度维保费不超过软硬件小计的百分之八，即每年不超过¥449,760，前两年费率不上调。双方另行签订维保合同，该合同不自动续期。
H:第六条 数据安全
P:6.1 彩票销售数据、开奖数据、视频录像及系统日志均属于甲方所有。乙方仅可为履行本合同在甲方授权范围内接触上述数据，不得复制、留存、对外提供或用于其他任何目的。
P:6.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》及网络安全等级保护三级的要求。远程维护须经甲方审批并通过甲方堡垒机进行，全程记录审计。
P:6.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方全部损失。
H:第七条 保密
P:7.1 乙方对在履行合同过程中知悉的甲方开奖流程、系统架构、账号口令、销售数据及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后继续有效。
H:第八条 知识产权
P:8.1 乙方为本项目定制开发的系统接口程序、开奖画面包装模板及其源代码和文档，知识产权归甲方所有，甲方可自行使用、修改和许可他人使用。
P:8.2 设备内嵌软件及终端集中管理软件的知识产权归其原权利人所有，乙方保证甲方可永久合法使用，并保证不侵犯任何第三方的知识产权。
H:第九条 违约责任
P:9.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，应按合同总价的千分之一向甲方支付违约金；逾期超过三十日的，甲方有权解除合同。
P:9.2 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的百分之五十为限，但因乙方故意或重大过失、侵犯知识产权或违反本合同第六条、第七条造成的损失除外。
P:9.3 甲方逾期付款的，每逾期一日，应按应付未付金额的万分之三向乙方支付违约金。
H:第十条 分包
P:10.1 乙方可将销售终端的配送、安装及现场维护工作分包给具有相应资质的第三方，但应在分包前书面告知甲方分包单位名称及分包内容。乙方对分包单位的工作向甲方承担全部责任。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面催告后十日内仍未改正的，甲方有权书面通知解除本合同，并要求乙方退还已付款项、赔偿损失。
H:第十二条 不可抗力
P:12.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十日内提供证明，双方协商延期履行或解除合同。
H:第十三条 适用法律与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书及本合同附件为本合同的组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：某省福利彩票发行中心　　乙方（盖章）：华瑞视讯系统集成有限公司
P:授权代表：　　　　　　　　　　　　　　授权代表：
"""

H35Z04 = """
T:某省档案馆恒温恒湿库房及数字化设备运行维护服务合同
P:合同编号：DAG-CG-2025-023
P:采购人（甲方）：某省档案馆
P:供应商（乙方）：恒安楼宇设备服务有限公司
P:根据《中华人民共和国政府采购法》及本项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就甲方恒温恒湿库房及档案数字化设备运行维护服务订立本合同。
H:第一条 服务范围
P:1.1 运维对象：甲方新馆地下一层至地上五层档案库房（共24间）的恒温恒湿精密空调机组、除湿机、新风系统、温湿度监测系统、气体灭火系统，以及档案数字化加工室的高速扫描仪、平板扫描仪、大幅面扫描仪、缩微胶片扫描仪和数字化加工服务器。设备清单详见附件一。
P:1.2 服务内容：7×24小时值守及远程监控；每日巡检并填写巡检记录；每月预防性维护，包括清洗过滤网、检查加湿器和冷凝水排放、校准温湿度传感器；每季度对精密空调机组进行深度保养；数字化设备的清洁、校色、易损件更换和驱动程序维护；故障抢修；备品备件管理；年度设备运行评估报告。
P:1.3 库房温湿度控制标准：温度14℃至24℃，相对湿度45%至60%；温度日波动不超过±2℃，相对湿度日波动不超过±5%。
H:第二条 服务期限
P:2.1 服务期为二年，自2025年7月1日起至2027年6月30日止。服务期满本合同终止，不自动续期；甲方如需继续采购，依法另行组织采购。
H:第三条 服务费用及支付
P:3.1 本合同总价为人民币壹佰壹拾叁万陆仟元整（¥1,136,000），即每年¥568,000，包含人工、工具、耗材、备品备件、税费等完成本合同服务所需的全部费用。
P:3.2 服务费按季度支付。每季度结束后，甲方依据第五条进行季度考核，考核合格后十五个工作日内支付当季服务费¥142,000，并扣除按本合同约定应扣减的金额。本合同不设预付款。
H:第四条 服务人员
P:4.1 乙方派驻现场的运维人员不少于五人，其中暖通专业工程师不少于两名、数字化设备工程师不少于一名，均应具备相应的职业资格。
P:4.2 乙方人员须经甲方背景审查及保密培训后方可上岗。乙方更换现场人员，须提前十日书面报甲方同意。
P:4.3 乙方现场人员实行考勤登记，每月考勤记录随运维月报报甲方备查；节假日及夜间值守安排应提前报甲方。
H:第五条 服务水平与考核
P:5.1 故障分级：一级故障指恒温恒湿机组停机导致库房温湿度超出第1.3条标准、气体灭火系统故障，或高速扫描仪等主要数字化设备停机影响加工进度；二级故障指单台设备故障但未影响库房环境；三级故障指其他一般性问题。
P:5.2 响应时限：一级故障30分钟内响应，2小时内排除故障或启用备用设备，8小时内修复；二级故障1小时内响应，24小时内修复；三级故障在一个工作日内处理完毕。
P:5.3 乙方每超过前款响应或修复时限一小时，甲方按人民币800元扣减当季服务费；库房温湿度超出标准连续超过24小时的，每次另扣减人民币5,000元。
P:5.4 季度考核：甲方按附件二《运维服务考核表》，对巡检记录、维护工单、温湿度监测曲线、故障处理情况及报告质量进行评分，满分100分，80分以上为合格。考核不合格的，每低1分扣减当季服务费的百分之一；连续两个季度考核不合格的，甲方有权解除合同。
P:5.5 服务期满前一个月内，甲方组织终期验收，审查两年运维记录、设备状况评估报告及移交资料，合格后签署验收意见。终期验收不合格的，乙方应在十五日内整改，整改期间不另行收费。
H:第六条 备品备件与服务报告
P:6.1 乙方应在现场储备过滤网、加湿罐、皮带、温湿度传感器、扫描仪灯管及进纸滚轴等常用备品备件，储备清单见附件三。更换下的旧件交甲方登记处置。
P:6.2 乙方应建立设备维护档案，逐台记录维护、维修及更换部件情况，并与甲方设备管理系统同步更新。
P:6.3 乙方应于每月5日前提交上月运维月报，每季度结束后五个工作日内提交季度报告，每年6月提交年度设备运行评估报告，说明设备运行状况、故障统计、能耗情况，并提出设备更新改造建议。
H:第七条 安全生产与应急
P:7.1 乙方应制定库房温湿度异常、火灾报警、漏水、停电等情形的应急预案，报甲方备案，并每半年与甲方联合演练一次。遇台风、暴雨等恶劣天气，乙方应增派人员加强巡查，确保库房无渗漏。
P:7.2 乙方人员进入库房须遵守甲方出入登记和双人进出制度；动火、登高等作业须事先经甲方书面批准。因乙方违反安全操作规程造成人身伤害或财产损失的，由乙方承担责任。
H:第八条 甲方义务
P:8.1 甲方为乙方现场人员提供值班室、工具存放场所及必要的水电条件，指定专人负责联络，及时签认维护工单，并向乙方提供设备原厂资料及历史维修记录。
P:8.2 甲方有权随时对乙方服务情况进行抽查，发现问题的，乙方应在甲方规定的期限内整改完毕。
H:第九条 进场
P:9.1 乙方应于服务期开始之日进场，并在七日内完成与原运维单位的交接。乙方未按时进场或未按第4.1条配齐人员的，每逾期一日，应按合同总价的千分之一向甲方支付违约金。
H:第十条 档案与数据安全
P:10.1 档案实体、数字化成果、温湿度监测数据、设备运行日志及甲方系统中的全部数据均属于甲方所有。乙方人员不得查阅、复制、拍摄或带离任何档案及数据，不得在数字化设备上接入个人存储介质。
P:10.2 乙方维护数字化设备及服务器时，须在甲方人员陪同下进行；涉及存储介质更换的，原介质交甲方按涉密载体管理规定处理。乙方不得通过互联网远程访问甲方设备。
P:10.3 发生档案损毁、数据泄露或丢失的，乙方应立即报告甲方，并在1小时内书面说明情况，配合调查处置；因乙方原因造成的，乙方承担全部法律责任并赔偿甲方全部损失。
H:第十一条 保密
P:11.1 乙方及其人员对在服务过程中知悉的档案内容、库房布局、安防设施及甲方其他未公开信息负有保密义务，现场人员须签署保密承诺书。保密义务不因合同终止而解除。
H:第十二条 成果归属
P:12.1 乙方在服务中形成的设备台账、巡检记录、运行评估报告、维护规程等资料归甲方所有，合同终止时全部移交甲方，甲方可自由使用和修改，并可提供给后续服务单位。
H:第十三条 分包
P:13.1 乙方不得将本合同服务转包或分包。气体灭火系统年度检测须由具备资质的检测机构进行的，乙方应事先取得甲方书面同意。
H:第十四条 违约与解除
P:14.1 乙方严重违约，或因乙方原因造成档案损毁，经甲方书面通知后十日内仍未改正的，甲方有权解除合同，并要求乙方赔偿损失。
P:14.2 合同解除或服务期满时，乙方应配合甲方完成与后续服务单位的交接，移交全部资料和备品备件，交接期不超过十五日。乙方应交回全部门禁卡、钥匙及甲方提供的工具设备。
P:14.3 甲方无正当理由逾期付款的，应按逾期金额每日万分之二向乙方支付违约金。
H:第十五条 争议解决
P:15.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十六条 其他
P:16.1 竞争性磋商文件、乙方响应文件、成交通知书及本合同附件为本合同的组成部分。本合同一式五份，甲方三份，乙方一份，同级财政部门备案一份，自双方签字盖章之日起生效。
P:采购人（盖章）：某省档案馆　　　　供应商（盖章）：恒安楼宇设备服务有限公司
"""

H35Z06 = """
T:某省交通规划勘察设计院GIS路网平台软件采购及实施合同
P:合同编号：JTY-XX-2025-031
P:甲方：某省交通规划勘察设计院有限公司
P:乙方：图衡地理信息技术有限公司
P:甲方为建设全省公路路网数字化管理与设计辅助平台，经公开比选确定乙方为供应商。甲乙双方依据《中华人民共和国民法典》，经协商一致订立本合同。
H:第一条 合同标的
P:1.1 乙方向甲方提供GIS平台软件永久许可（服务器端4节点、桌面端30套），完成全省高速公路及普通国省道路网数据的建模与入库，定制开发路网分析模块和养护决策模块，并负责部署实施及培训。
P:1.2 项目总工期为一百五十日，自合同签订之日起计算，其中平台部署及路网数据入库应在九十日内完成。
P:1.3 交付物包括：GIS平台软件介质及许可文件；全省路网空间数据库；路网分析模块和养护决策模块的可执行程序、源代码及数据字典；部署方案、测试报告、操作手册、维护手册及培训教材。
H:第二条 项目管理与甲方配合
P:2.1 乙方应指派具有五年以上GIS项目经验的项目经理，项目期间不得擅自更换；乙方每周向甲方提交项目周报，说明进度、问题及下周计划。
P:2.2 甲方负责提供服务器、网络环境及路网基础资料（路线台账、桩号数据、路况评定数据），指定项目联系人，并在收到乙方提交的需求说明书、设计文档后十个工作日内确认或提出修改意见。
P:2.3 乙方应为甲方培训系统管理员4名、业务骨干30名，培训内容包括平台管理、数据更新、路网分析及养护决策模块的使用，培训结束后进行考核。
H:第三条 合同价款
P:3.1 本合同总价为人民币贰佰贰拾捌万元整（¥2,280,000），含税，明细如下：
TB:项目|数量|单价（元）|金额（元）
TB:GIS平台服务器端许可|4节点|198,000|792,000
TB:GIS桌面端许可|30套|15,600|468,000
TB:软件许可小计| | |1,260,000
TB:路网数据建模与入库|1项|386,000|386,000
TB:路网分析及养护决策模块定制开发|1项|512,000|512,000
TB:部署实施|1项|96,000|96,000
TB:培训|1项|26,000|26,000
TB:合计| | |2,280,000
P:3.2 上述价款已包含乙方人员差旅、食宿及全部税费，甲方无需另行支付其他费用。
H:第四条 付款方式
P:4.1 合同签订后十个工作日内，甲方向乙方支付合同总价的百分之四十作为预付款，即¥912,000。
P:4.2 初步验收合格后十个工作日内，甲方支付合同总价的百分之三十五，即¥798,000。
P:4.3 最终验收合格后十个工作日内，甲方支付合同总价的百分之二十五，即¥570,000。
H:第五条 验收
P:5.1 初步验收在平台部署及路网数据入库完成后进行。验收标准：路网数据覆盖全省全部高速公路及普通国省道；抽检500个路段，路线编码、桩号、技术等级、路面类型等属性与甲方提供的基础资料一致；空间位置偏差不超过1米；平台支持50个用户并发访问，常用查询响应时间不超过3秒。
P:5.2 最终验收在定制模块上线并试运行六十日后进行。验收标准：路网连通性分析、最短路径及绕行方案的计算结果经甲方专业人员复核正确；养护决策模块能够依据甲方提供的路况评定数据生成分年度养护计划；试运行期间未发生一级故障；源代码、数据字典、操作手册及维护手册等文档齐全。
P:5.3 初步验收和最终验收均应形成书面验收报告，由双方签字确认。
P:5.4 软件安装、上线试运行或甲方实际使用均不视为验收合格。验收不合格的，乙方应在十五日内整改后重新提交验收。
H:第六条 质量保证与技术支持
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级和技术支持。
P:6.2 故障响应：一级故障（平台无法登录或路网服务中断）乙方应在1小时内响应，8小时内恢复；二级故障（部分功能异常）应在2小时内响应，两个工作日内解决；三级故障应在五个工作日内解决。
P:6.3 乙方超过前款响应或恢复时限的，每超过一小时，应向甲方支付违约金人民币1,000元。
P:6.4 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过软件许可小计的百分之十，即每年不超过¥126,000，三年内不上调；维护合同按年签订，不自动续期。
P:6.5 质保期内乙方每半年对平台进行一次巡检，检查服务器资源、数据库运行状况及系统日志，并提交巡检报告。
H:第七条 数据安全
P:7.1 甲方提供的路网数据、测绘成果、设计资料及平台运行中产生的全部数据均归甲方所有。乙方仅可为履行本合同使用上述数据，不得复制、留存或向任何第三方提供。
P:7.2 涉及测绘地理信息成果的，乙方应遵守《中华人民共和国测绘法》及相关保密管理规定，在甲方内网环境中作业，不得将数据接入互联网；远程维护须经甲方批准并全程记录。
P:7.3 发生数据泄露或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成损失的，由乙方全额赔偿。
P:7.4 合同终止后，乙方应将其因履行本合同而保存的甲方数据全部返还甲方，或在甲方监督下彻底删除。
H:第八条 保密
P:8.1 乙方对在履行本合同过程中知悉的甲方设计项目信息、未公开的规划资料、技术方案及其他商业秘密负有保密义务，未经甲方书面同意不得向第三方披露。保密义务在合同终止后五年内有效。
H:第九条 知识产权
P:9.1 GIS平台软件的知识产权归乙方所有，甲方在许可范围内永久使用。
P:9.2 乙方为本项目定制开发的路网分析模块、养护决策模块及其源代码和文档，知识产权由甲乙双方共同所有。甲方可在本单位内部使用和修改；未经乙方书面同意，甲方不得向任何第三方转让或许可使用，乙方亦不得将上述成果提供给甲方以外的单位。
P:9.3 乙方保证其提供的软件及定制开发成果不侵犯任何第三方的知识产权。
P:9.4 甲方依据本合同取得的GIS平台软件永久许可，不因本合同终止或解除而失效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期完成验收的，每逾期一日，应按合同总价的万分之八向甲方支付违约金；逾期超过三十日的，甲方有权解除合同。
P:10.2 甲方逾期付款的，每逾期一日，应按逾期金额的万分之三向乙方支付违约金。
H:第十一条 分包
P:11.1 未经甲方书面同意，乙方不得将本合同的任何部分分包给第三方；经同意分包的，乙方对分包工作承担全部责任。
H:第十二条 合同解除
P:12.1 任何一方严重违约，经另一方书面催告后十五日内仍未改正的，另一方有权书面通知解除本合同，并要求违约方赔偿损失。
P:12.2 因乙方违约解除合同的，乙方应返还甲方已支付但尚未完成部分对应的款项，并移交已完成的工作成果。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交南昌仲裁委员会仲裁。
H:第十四条 其他
P:14.1 一方向另一方发出的通知应以书面形式送达本合同首部所列地址。
P:14.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件一《技术规格及功能清单》、附件二《实施计划》为本合同组成部分。
P:甲方（盖章）：某省交通规划勘察设计院有限公司　　乙方（盖章）：图衡地理信息技术有限公司
"""

H35E02 = """
T:Contract for the Supply of Rolling-Line Laser Gauges, Software Licence and Support
P:Contract No. JNSS-EQ-2025-112
P:Buyer: Jiangnan Special Steel Co., Ltd., No. 1 Gangcheng Road, Jiangyin, Jiangsu Province (the "Buyer").
P:Supplier: Precimetrix Measurement Systems (Tianjin) Co., Ltd., No. 19 Xinghua Road, Tianjin Economic-Technological Development Area (the "Supplier").
P:The Buyer is upgrading the measurement equipment of its 1,780 mm hot strip mill and its cold rolling line. Following the Buyer's tender No. JNSS-ZB-2025-066, the Buyer has accepted the Supplier's offer, and the parties agree as follows.
H:Article 1 Definitions
P:1.1 "Contract Price" means the total price in Article 2. "Equipment" means the gauges, the gauge data server and HMI and all accessories listed in Annex 1. "Software" means the measurement and SPC software licensed under Article 10. "Final Acceptance" means acceptance under Article 5.4. "Business Day" means a working day in the People's Republic of China.
H:Article 2 Scope and Contract Price
P:2.1 The Supplier shall supply, install, integrate with the Buyer's Level 2 automation system, calibrate and commission the Equipment and the Software, train the Buyer's staff, and provide warranty and support as set out in this Contract.
P:2.2 The Contract Price is CNY 6,350,000, inclusive of VAT, packing, transport to site, insurance and all the Supplier's costs, broken down as follows:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Laser thickness gauge, C-frame, hot strip mill exit|2|1,280,000|2,560,000
TB:2|Laser width gauge|2|645,000|1,290,000
TB:3|Laser profile and flatness gauge, cold rolling line|1|1,380,000|1,380,000
TB:4|Gauge data server and HMI workstations|1|186,000|186,000
TB:5|Measurement and SPC software licence, perpetual, 5 gauges|1|420,000|420,000
TB: |Hardware and Licence Subtotal| | |5,836,000
TB:6|Installation and integration with Level 2 automation|1|348,000|348,000
TB:7|Calibration and commissioning|1|122,000|122,000
TB:8|Training of operators and maintenance staff|1|44,000|44,000
TB: |Contract Price| | |6,350,000
P:2.3 The Contract Price is fixed and is not subject to adjustment for exchange rates, prices of materials or any other reason.
H:Article 3 Payment
P:3.1 Ten per cent (10%) of the Contract Price, CNY 635,000, within thirty (30) days after signature, against the Supplier's invoice and an advance-payment bank guarantee of the same amount.
P:3.2 Fifty per cent (50%), CNY 3,175,000, within thirty (30) days after the Installation Certificate is signed for all Equipment. The Installation Certificate records delivery and mechanical installation only and is not acceptance.
P:3.3 Thirty-five per cent (35%), CNY 2,222,500, within thirty (30) days after Final Acceptance.
P:3.4 The remaining five per cent (5%), CNY 317,500, is retained as a warranty deposit and paid within thirty (30) days after the end of the warranty period, less any amounts due from the Supplier.
H:Article 4 Delivery and Delay
P:4.1 The Supplier shall deliver the Equipment to the Buyer's site within one hundred and twenty (120) days after signature and complete installation and commissioning during the Buyer's scheduled mill shutdown, the dates of which the Buyer shall notify at least sixty (60) days in advance.
P:4.2 If the Supplier fails to deliver the Equipment, or to complete commissioning within the shutdown, for reasons attributable to it, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligations.
H:Article 5 Installation, Commissioning and Acceptance
P:5.1 The Supplier shall install the Equipment under the supervision of the Buyer's engineers and in compliance with the Buyer's site safety rules.
P:5.2 Static tests: each gauge shall be checked with certified reference plates; thickness repeatability shall be within 5 micrometres (2 sigma) and width repeatability within 0.5 mm.
P:5.3 Dynamic tests: during a production run of seventy-two (72) hours, the readings of each gauge shall be compared with micrometer and tape measurements on thirty (30) coils, and the results shall meet the accuracy values in Annex 1; the gauge data shall be transmitted to the Level 2 system and the SPC reports generated without loss of data.
P:5.4 When the static and dynamic tests have been passed, all documentation (drawings, calibration certificates, manuals, interface specification) has been delivered and training has been completed, the Buyer shall sign the Final Acceptance certificate within seven (7) Business Days. Delivery, installation, commissioning or use of the Equipment in production does not by itself constitute acceptance.
H:Article 6 Warranty
P:6.1 The Supplier warrants the Equipment and the Software for twenty-four (24) months after Final Acceptance. During this period the Supplier shall repair or replace any defective part, including radiation sources, detectors and lasers, and provide Software updates, free of charge, and provide support under Article 7.
P:6.2 Any part repaired or replaced during the warranty period has a new warranty of twenty-four (24) months from its replacement, but not beyond thirty-six (36) months after Final Acceptance.
H:Article 7 Service Levels
P:7.1 The Supplier shall maintain a 24-hour hotline and remote diagnostic service and keep the spare parts listed in Annex 3 in its Shanghai warehouse. Faults are classified and handled as follows:
TB:Severity|Description|Response|On site|Restoration
TB:Severity 1|Gauge out of service on a running line, or measurement data not reaching Level 2|30 minutes|24 hours|36 hours
TB:Severity 2|Degraded accuracy, one measuring channel lost, HMI fault|2 hours|48 hours|72 hours
TB:Severity 3|Other faults and questions|1 Business Day|As agreed|Next Software update
P:7.2 If the Supplier misses a response time for a Severity 1 fault, it shall pay CNY 2,000 for each hour or part of an hour of delay; if it misses an on-site or restoration time for a Severity 1 fault, CNY 3,000 for each hour of delay. The Buyer may deduct these amounts from the warranty deposit.
H:Article 8 Post-Warranty Support
P:8.1 After the warranty period the Buyer may order annual support (hotline, remote diagnosis, annual calibration visit, Software updates and a 20% discount on spare parts). The annual support fee is 7.5% of the Hardware and Licence Subtotal, CNY 437,700 per year, and is fixed for the first three years after the warranty period.
P:8.2 Annual support is ordered by a separate purchase order for each year and does not renew automatically.
H:Article 9 Buyer Data and Security
P:9.1 All production and measurement data, configurations, recipes and logs created with the Equipment and the Software belong to the Buyer. The Supplier shall use them only to perform this Contract and shall not copy, keep or disclose them or use them for any other purpose.
P:9.2 Remote access by the Supplier is permitted only through the Buyer's VPN, after the Buyer's approval of each session, and is logged. The Supplier shall comply with the Buyer's industrial control system security rules and the Cybersecurity Law and Data Security Law of the People's Republic of China.
P:9.3 The Supplier shall notify the Buyer within twenty-four (24) hours after becoming aware of any unauthorised access to, or loss or disclosure of, Buyer data, shall take immediate remedial measures, and is liable for all losses caused to the Buyer by any such incident attributable to the Supplier.
H:Article 10 Intellectual Property
P:10.1 Ownership of the Software, the gauge firmware and the Supplier's background know-how stays with the Supplier. The Buyer receives a perpetual, non-exclusive right to use them together with the Equipment at its plant.
P:10.2 The Level 2 interface adapters, customised SPC reports and configurations developed specifically for the Buyer under this Contract belong to the Buyer, which may use, modify and license them freely. The Supplier shall deliver their source code.
P:10.3 The Supplier shall indemnify the Buyer against any claim that the Equipment or the Software infringes a third party's intellectual property rights.
H:Article 11 Confidentiality
P:11.1 Technical and commercial information that one party obtains from the other in performing this Contract, in particular the Buyer's rolling schedules, process parameters, production volumes and plant layout, shall be treated as secret. The receiving party may use it only for this Contract and may pass it to others only with the disclosing party's written approval. This duty lasts while the Contract is in force and for five (5) years after it ends.
H:Article 12 Liability
P:12.1 The aggregate amount the Supplier may have to pay under or in connection with this Contract shall not exceed one hundred and fifty per cent (150%) of the Contract Price. There is no ceiling for claims arising from personal injury, wilful misconduct or gross negligence, or from a breach of Article 9 or Article 11.
P:12.2 Neither party is liable for loss of profit or indirect loss, except in cases of wilful misconduct.
H:Article 13 Subcontracting
P:13.1 Any subcontracting of the work requires the Buyer's written approval given in advance. Crane and scaffolding services for the installation may only be given to companies that the Buyer has approved in writing. The Supplier answers for the acts and omissions of its subcontractors as for its own.
H:Article 14 Termination
P:14.1 If the Supplier is in material breach of this Contract and has not cured the breach twenty (20) days after the Buyer's written notice, or once the liquidated damages under Article 4.2 have reached their cap, the Buyer may end this Contract by written notice. In that case the Supplier shall repay the sums received for Equipment that has not passed Final Acceptance and make good the Buyer's losses.
H:Article 15 Governing Law and Disputes
P:15.1 The law of the People's Republic of China applies to this Contract. The parties shall first try to settle any dispute through negotiation; failing settlement within thirty (30) days, either party may refer it to the Wuxi Arbitration Commission, whose award is final and binding on both parties.
H:Article 16 General
P:16.1 This Contract is made in Chinese and English; both versions have equal effect. Annex 1 (Technical Specification and Accuracy Values), Annex 2 (Installation Schedule) and Annex 3 (Spare Parts List) form part of this Contract.
P:Signed by the authorised representatives of Jiangnan Special Steel Co., Ltd. and Precimetrix Measurement Systems (Tianjin) Co., Ltd. on ____________ 2025.
"""

SOURCES = {"h35z01": H35Z01, "h35z04": H35Z04, "h35z06": H35Z06, "h35e02": H35E02}
TARGETS = {"h35z01": ("h35z01_lottery_centre_draw_hall_video_sales_terminals.docx", "docx"),
           "h35z04": ("h35z04_provincial_archives_storage_room_digitisation_om_service.pdf", "pdf"),
           "h35z06": ("h35z06_highway_design_institute_gis_road_network_platform.pdf", "pdf"),
           "h35e02": ("h35e02_steel_mill_laser_gauges_licence_support.docx", "docx")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
